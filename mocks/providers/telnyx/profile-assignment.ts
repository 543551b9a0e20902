// Assigning every number of a messaging profile to a campaign, as Telnyx's 10DLC guide describes
// it: `phoneNumberAssignmentByProfile.assign` answers 202 with a `taskId`, the task goes
// `pending` → (30 s) `processing` → (120 s) `completed`, and `listPhoneNumberStatus` lists the
// campaign's numbers with their assignment status. The campaign must be provisioned. The mock
// knows no messaging profiles: a `messagingProfileId` ending in 9999 stands for one whose numbers
// cannot be assigned, and that task ends `failed`.
import { ownValue, scalarText } from "../../state/data.js";
import type { Json, OperationAnswer, OperationRequest, Refusal, StateAccess, Transition } from "../../state/resource-def.js";
import { isFailingNumber } from "../markers.js";

export const TASK = "assignmentTask";

function refuse(status: number, detail: string, pointer?: string): { refuse: Refusal } {
  return { refuse: { status, title: status === 404 ? "Resource not found" : "Assignment refused", detail, code: status === 404 ? "10005" : "10015", ...(pointer ? { pointer } : {}) } };
}

function campaignOf(request: OperationRequest, state: StateAccess): Json | undefined {
  const byId = scalarText(request.body.campaignId);
  if (byId) return state.get("campaign", byId);
  const tcr = scalarText(request.body.tcrCampaignId);
  return tcr ? state.all("campaign").find((campaign) => ownValue(campaign, "tcrCampaignId") === tcr) : undefined;
}

/** POST /10dlc/phoneNumberAssignmentByProfile */
export function assignProfile(request: OperationRequest, state: StateAccess): OperationAnswer {
  const campaign = campaignOf(request, state);
  if (!campaign) return refuse(422, "Name an existing campaign in campaignId (or a shared one in tcrCampaignId).", "/campaignId");
  const status = ownValue(campaign, "campaignStatus");
  if (status !== "MNO_PROVISIONED") return refuse(422, `Campaign ${String(ownValue(campaign, "campaignId"))} is ${String(status)}; numbers can be assigned once it is MNO_PROVISIONED.`, "/campaignId");
  const task = state.add(TASK, {
    status: "pending",
    messagingProfileId: request.body.messagingProfileId,
    campaignId: ownValue(campaign, "campaignId"),
    createdAt: "",
    updatedAt: "",
  });
  return {
    status: request.status,
    body: {
      messagingProfileId: task.messagingProfileId,
      taskId: task.taskId,
      ...(typeof request.body.campaignId === "string" ? { campaignId: request.body.campaignId } : {}),
      ...(typeof request.body.tcrCampaignId === "string" ? { tcrCampaignId: request.body.tcrCampaignId } : {}),
    },
  };
}

export function taskLifecycle(task: Json): Transition[] {
  return [
    { after: 30, set: { status: "processing" } },
    { after: 120, set: { status: isFailingNumber(ownValue(task, "messagingProfileId")) ? "failed" : "completed" } },
  ];
}

function taskOf(request: OperationRequest, state: StateAccess): Json | undefined {
  return state.get(TASK, request.params.taskId ?? "");
}

/** GET /10dlc/phoneNumberAssignmentByProfile/{taskId} */
export function taskStatus(request: OperationRequest, state: StateAccess): OperationAnswer {
  const task = taskOf(request, state);
  if (!task) return refuse(404, `Nothing matches the identifier ${JSON.stringify(request.params.taskId ?? "")} given in the path.`);
  return { status: request.status, body: { taskId: task.taskId, status: task.status, createdAt: task.createdAt, updatedAt: task.updatedAt } };
}

/** GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers: the campaign's numbers, once the task has run. */
export function taskNumbers(request: OperationRequest, state: StateAccess): OperationAnswer {
  const task = taskOf(request, state);
  if (!task) return refuse(404, `Nothing matches the identifier ${JSON.stringify(request.params.taskId ?? "")} given in the path.`);
  const done = task.status === "completed" || task.status === "failed";
  const records = done
    ? state
        .all("phoneNumberCampaign")
        .filter((assignment) => assignment.campaignId === task.campaignId)
        .map((assignment) => ({ taskId: task.taskId, phoneNumber: assignment.phoneNumber, status: task.status === "failed" ? "FAILED_ASSIGNMENT" : assignment.assignmentStatus }))
    : [];
  return { status: request.status, body: { records } };
}
