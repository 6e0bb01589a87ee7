/**
 * Builds a `SignInFlow` wired to a fake Clerk, a fake loader and a fake clock, and
 * records every state and notice it produces, for the flow's unit tests.
 */
import { SignInFlow } from '../../src/flow/sign-in-flow.js';
import type { FlowNotice, FlowState } from '../../src/flow/types.js';
import { englishMessages } from '../../src/english.js';
import { createTranslator, type Translate } from '../../src/messages.js';
import { FakeClerk, FakeClerkLoader, type FakeOutcome } from '../fakes/fake-clerk.js';
import { FakeClock } from './fake-clock.js';

export const englishTranslate: Translate = createTranslator(englishMessages);

/** Credentials used across the tests; the password must never leave `signIn.create`. */
export const identifier = 'ada@example.com';
export const password = 'Tr0ub4dor&3-horse';

export interface FlowHarness {
  readonly flow: SignInFlow;
  readonly clerk: FakeClerk;
  readonly loader: FakeClerkLoader;
  readonly clock: FakeClock;
  /** Every state the flow published, in order. */
  readonly states: FlowState[];
  /** Every notice the flow announced, in order. */
  readonly notices: FlowNotice[];
  /** Forgets the states and notices recorded so far. */
  clearRecords(): void;
  /** The notices of one type, in order. */
  noticesOf<T extends FlowNotice['type']>(type: T): Array<Extract<FlowNotice, { type: T }>>;
}

export interface FlowHarnessOptions {
  readonly clerk?: FakeClerk;
  readonly resendDelaySeconds?: number;
  /** Whether to attach the loader (and wait for the load) before returning; true by default. */
  readonly attach?: boolean;
}

/** Lets pending promise callbacks and zero-delay tasks run. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function createFlowHarness(options: FlowHarnessOptions = {}): Promise<FlowHarness> {
  const clerk = options.clerk ?? new FakeClerk();
  const loader = new FakeClerkLoader(clerk);
  const clock = new FakeClock();
  const flow = new SignInFlow({
    translate: englishTranslate,
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    ...(options.resendDelaySeconds !== undefined
      ? { resendDelaySeconds: options.resendDelaySeconds }
      : {}),
  });
  const states: FlowState[] = [];
  const notices: FlowNotice[] = [];
  flow.subscribe((state) => states.push(state));
  flow.onNotice((notice) => notices.push(notice));
  if (options.attach ?? true) {
    flow.attach(loader.getClerk);
    await nextTurn();
  }
  return {
    flow,
    clerk,
    loader,
    clock,
    states,
    notices,
    clearRecords() {
      states.length = 0;
      notices.length = 0;
    },
    noticesOf<T extends FlowNotice['type']>(type: T) {
      return notices.filter(
        (notice): notice is Extract<FlowNotice, { type: T }> => notice.type === type,
      );
    },
  };
}

/** Submits the test credentials, Clerk answering `signIn.create` with `answer`. */
export async function submitCredentialsAnswered(
  harness: FlowHarness,
  answer: FakeOutcome,
): Promise<void> {
  harness.clerk.respond('signIn.create', answer);
  await harness.flow.submitCredentials({ identifier, password });
}
