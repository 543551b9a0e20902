// Our Telnyx allowlist stays usable: it parses, and each entry names one of our operations (an
// entry for an operation that was renamed or removed would allow nothing, or the wrong thing).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readAllowFile } from "../../codegen/drift/allow.js";
import { loadProvider, repoRoot } from "../support/spec.js";

describe("specs/telnyx/drift-allow.yaml", () => {
  it("parses, gives a reason for each entry, and names only operations our Telnyx spec has", async () => {
    const entries = readAllowFile(path.join(repoRoot, "specs/telnyx/drift-allow.yaml"));
    expect(entries.length).toBeGreaterThan(0);
    const { model } = await loadProvider("telnyx");
    const operations = new Set(model.operations.map((op) => `${op.method} ${op.path}`));
    for (const entry of entries) {
      expect(operations.has(entry.operation), entry.where).toBe(true);
      expect(entry.reason.length, entry.where).toBeGreaterThan(20);
    }
  });
});
