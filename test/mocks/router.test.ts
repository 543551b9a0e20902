import type { IHttpOperation } from "@stoplight/types";
import { describe, expect, it } from "vitest";
import { Router } from "../../mocks/router.js";

const op = (method: string, path: string) => ({ id: `${method} ${path}`, method, path, responses: [] }) as unknown as IHttpOperation;

describe("Router", () => {
  const router = new Router([
    op("get", "/10dlc/brand"),
    op("post", "/10dlc/brand"),
    op("get", "/10dlc/brand/{brandId}"),
    op("get", "/10dlc/brand/feedback/{brandId}"),
    op("get", "/10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}"),
  ]);
  const found = (method: string, path: string) => {
    const result = router.match(method, path);
    return result.kind === "found" ? result.operation.id : result.kind;
  };

  it("picks the one operation for method and path", () => {
    expect(found("GET", "/10dlc/brand")).toBe("get /10dlc/brand");
    expect(found("POST", "/10dlc/brand")).toBe("post /10dlc/brand");
    expect(found("GET", "/10dlc/brand/abc-123")).toBe("get /10dlc/brand/{brandId}");
    expect(found("GET", "/10dlc/campaignBuilder/brand/b1/usecase/MIXED")).toBe("get /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}");
  });

  it("prefers literal segments over templates, whatever the spec order", () => {
    expect(found("GET", "/10dlc/brand/feedback/b1")).toBe("get /10dlc/brand/feedback/{brandId}");
  });

  it("tells unknown paths from known paths with another method", () => {
    expect(found("GET", "/10dlc/nothing")).toBe("not-found");
    expect(found("GET", "/10dlc/brand/a/b/c")).toBe("not-found");
    expect(router.match("DELETE", "/10dlc/brand")).toEqual({ kind: "method-not-allowed", allowed: ["GET", "POST"] });
  });

  it("accepts a trailing slash", () => {
    expect(found("GET", "/10dlc/brand/")).toBe("get /10dlc/brand");
  });
});
