// The Fetch front alone (mocks/core/fetch.ts): what it strips from the path, and replies a
// Fetch Response cannot carry as they are.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CoreDeps } from "../../mocks/core/context.js";
import { answerFetch, toResponse } from "../../mocks/core/fetch.js";
import { createMockCore } from "../../mocks/core/mock.js";
import { profiles } from "../../mocks/providers/index.js";
import { fromDocument } from "../../mocks/prism/served.js";
import { repoRoot } from "../support/spec.js";

let deps: CoreDeps;
beforeAll(async () => {
  const document = JSON.parse(readFileSync(path.join(repoRoot, profiles.telnyx.specFile), "utf8")) as Record<string, unknown>;
  deps = createMockCore({ profile: profiles.telnyx, spec: await fromDocument(document) }).deps;
});

const auth = { authorization: "Bearer k" };

describe("answerFetch", () => {
  it("strips the mount path only at a segment boundary", async () => {
    expect((await answerFetch(deps, new Request("http://app.test/api/10dlc/brand", { headers: auth }), "/api")).status).toBe(200);
    const lookalike = await answerFetch(deps, new Request("http://app.test/apix/10dlc/brand", { headers: auth }), "/api");
    expect(lookalike.status).toBe(404);
    expect(JSON.stringify(await lookalike.json())).toContain("/apix/10dlc/brand");
  });

  it("refuses a body over the limit before the core parses it", async () => {
    const response = await answerFetch(deps, new Request("http://app.test/10dlc/brand", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "[" + "1,".repeat(100) + "1]" }), "", { maxBodyBytes: 50 });
    expect(response.status).toBe(413);
  });
});

describe("toResponse", () => {
  it("turns a dropped connection into a network error and a 204 into a response without a body", async () => {
    expect(toResponse({ status: 200, headers: {}, body: "x", drop: true }).type).toBe("error");
    const empty = toResponse({ status: 204, headers: { "x-a": "1" }, body: "" });
    expect(empty.status).toBe(204);
    expect(empty.headers.get("x-a")).toBe("1");
    expect(await empty.text()).toBe("");
  });

  it("answers a status the Fetch API cannot carry with a 500 that says so", async () => {
    const response = toResponse({ status: 199, headers: {}, body: "{}" });
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: string }).error).toContain("status 199");
  });
});
