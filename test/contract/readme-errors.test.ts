// The README's error example is a promise: its `brand.create` call, sent to the mock without the
// field the README names, throws exactly the message the README prints. Both the call and the
// message are read from the README, so the two cannot drift apart.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxClient } from "../../generated/telnyx/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { repoRoot } from "../support/spec.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");

/** The object literal passed to `telnyx.messaging10dlc.brand.create(...)` in the README's first example. */
function readmeBrandBody(): Record<string, string> {
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes("brand.create({"));
  expect(block, "a ```ts block calling brand.create").toBeDefined();
  const file = ts.createSourceFile("readme.ts", block!, ts.ScriptTarget.ES2022, true);
  let body: Record<string, string> | undefined;
  const visit = (node: ts.Node): void => {
    if (!body && ts.isCallExpression(node) && node.expression.getText().endsWith("brand.create")) {
      const [argument] = node.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) {
        body = Object.fromEntries(
          argument.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), (p.initializer as ts.StringLiteral).text]),
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  expect(body, "brand.create with an object literal").toBeDefined();
  return body!;
}

describe("README: the error message example", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx");
  });
  afterAll(() => mock.close());

  it("is what the client throws for the README's call without the field it names", async () => {
    const claim = /the `brand\.create` call above without its `([^`]+)` throws\s+`([^`]+)`/.exec(readme);
    expect(claim, "the README sentence about the error message").not.toBeNull();
    const [, field, message] = claim!;
    const body = readmeBrandBody();
    expect(Object.keys(body)).toContain(field);
    delete body[field!];

    const telnyx = createTelnyxClient({ apiKey: "KEY_TEST", baseUrl: mock.url, maxRetries: 0 });
    const error = await telnyx.messaging10dlc.brand.create(body as never).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(error, "the call must fail").toBeInstanceOf(Error);
    expect(error!.message).toBe(message!.replace(/\s+/g, " "));
  });
});
