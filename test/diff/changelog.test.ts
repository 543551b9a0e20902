// Changelog sections group by severity, then by product, and read the same whenever written.
import { describe, expect, it } from "vitest";
import { changelogSection } from "../../codegen/diff/changelog.js";
import type { Change } from "../../codegen/diff/spec-diff.js";

const change = (id: string, level: Change["level"], product: string, subject: string, at: string, message: string): Change => ({ id, level, product, subject, at, message });

describe("changelogSection", () => {
  it("groups by level (errors, warnings, infos) and within each by product", () => {
    const changes = [
      change("api-added", "info", "porting", "GET /porting_orders/{id}/events", "", "operation added (portingOrders.events)"),
      change("request-property-removed", "error", "numbers", "POST /number_orders", "body.label", "property removed"),
      change("response-property-enum-value-added", "warning", "10dlc", "GET /10dlc/brand/{brandId}", "response 200.identityStatus", 'enum value "UNVERIFIED" added'),
      change("api-removed-without-deprecation", "error", "10dlc", "DELETE /10dlc/brand/{brandId}", "", "operation removed without deprecation (messaging10dlc.brand.delete)"),
      change("server-added", "info", "api", "servers", "", "https://sandbox.example.test added"),
    ];
    expect(changelogSection(changes, "2.1.0", "main (abc1234)")).toBe(
      [
        "## Spec 2.1.0, changes since main (abc1234)",
        "",
        "### Breaking (error)",
        "",
        "#### 10dlc",
        "",
        "- `DELETE /10dlc/brand/{brandId}`: operation removed without deprecation (messaging10dlc.brand.delete) (`api-removed-without-deprecation`)",
        "",
        "#### numbers",
        "",
        "- `POST /number_orders` body.label: property removed (`request-property-removed`)",
        "",
        "### Warnings",
        "",
        "#### 10dlc",
        "",
        '- `GET /10dlc/brand/{brandId}` response 200.identityStatus: enum value "UNVERIFIED" added (`response-property-enum-value-added`)',
        "",
        "### Other changes (info)",
        "",
        "#### api",
        "",
        "- `servers`: https://sandbox.example.test added (`server-added`)",
        "",
        "#### porting",
        "",
        "- `GET /porting_orders/{id}/events`: operation added (portingOrders.events) (`api-added`)",
        "",
      ].join("\n"),
    );
  });

  it("has nothing to write for no changes", () => {
    expect(changelogSection([], "2.1.0", "main")).toBeUndefined();
  });
});
