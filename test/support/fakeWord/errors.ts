/** Shaped like OfficeExtension.Error: a `code` string and debugInfo naming where it failed. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** context.trace() messages that ran in the failed batch before the failure. */
  traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
