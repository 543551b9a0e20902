// Dot-path access into JSON values ("status.value", "_embedded.brands").
export function getPath(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

export function setPath(value: Record<string, unknown>, path: string, next: unknown): void {
  const keys = path.split(".");
  let node = value;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = next;
}
