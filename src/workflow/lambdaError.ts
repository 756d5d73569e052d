/** An error a Lambda function raised; its name is the `Error` Step Functions reports (`KeyError`). */
export class LambdaError extends Error {
  constructor(errorType: string, message: string) {
    super(message);
    this.name = errorType;
  }
}
