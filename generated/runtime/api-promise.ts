// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// What every generated method returns: a promise of the parsed body that can also hand over the
// raw Response (`withResponse()`), so headers such as request ids or rate limits stay reachable.

export interface WithResponse<T> {
  data: T;
  response: Response;
}

export class APIPromise<T> implements PromiseLike<T> {
  private parsed: Promise<T> | undefined;

  constructor(private readonly result: Promise<WithResponse<T>>) {}

  /** The parsed body and the Response it came from. */
  withResponse(): Promise<WithResponse<T>> {
    return this.result;
  }

  /** Only the Response (its body already consumed by parsing). */
  asResponse(): Promise<Response> {
    return this.result.then((r) => r.response);
  }

  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.parsed ??= this.result.then((r) => r.data);
    return this.parsed.then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
