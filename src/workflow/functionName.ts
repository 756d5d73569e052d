/** The function's name in a FunctionName or Resource: a name, `name:qualifier`, or a function ARN. */
export function functionName(target: string): string {
  const arn = /(?:^|:)function:([^:]+)/.exec(target);
  return arn ? arn[1] : target.split(":")[0];
}
