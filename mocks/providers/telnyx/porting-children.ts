export const portingSubResources = [] as import("../../state/resource-def.js").ResourceDef[];
