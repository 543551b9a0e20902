// The runtime's two calls bound to one client config, the way the tests of this folder use them
// (generated functions pass the config themselves).
import { list, request, type ClientConfig, type OperationInput, type OperationSpec, type RequestOptions } from "../../codegen/runtime/index.js";

export function boundTo(config: ClientConfig) {
  return {
    request: <T>(operation: OperationSpec, input: OperationInput, options?: RequestOptions) => request<T>(config, operation, input, options),
    list: <P, Item>(operation: OperationSpec, input: OperationInput, options?: RequestOptions) => list<P, Item>(config, operation, input, options),
  };
}
