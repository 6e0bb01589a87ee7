/**
 * A control request or fault setting the emulator refuses (out of range, wrong type,
 * unknown value): the control endpoints answer 400 with its message. A `RangeError`, so
 * programmatic callers (`emulator.faults.failNext({ count: 0 })`) can catch it as one.
 */
export class InvalidControlInput extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidControlInput';
  }
}

/** Something a control request names that does not exist: the endpoints answer 404. */
export class ControlTargetNotFound extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'ControlTargetNotFound';
  }
}
