import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClerkLoader } from '../flow/clerk-connection.js';
import type { SignInFlow } from '../flow/sign-in-flow.js';
import type { FlowNotice, FlowState } from '../flow/types.js';

/**
 * Connects a sign-in flow to the element that hosts it, for as long as the element is
 * in the document: hears its states and notices, and attaches it to the Clerk loader
 * once there is one. On disconnecting, it unsubscribes and detaches the flow (which
 * stops its timers); on reconnecting, the same loader resumes without loading again.
 */
export class SignInFlowController implements ReactiveController {
  private loader: ClerkLoader | undefined;
  private unsubscribes: Array<() => void> = [];
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly flow: Pick<SignInFlow, 'attach' | 'detach' | 'subscribe' | 'onNotice' | 'state'>,
    private readonly listeners: {
      readonly state: (state: FlowState) => void;
      readonly notice: (notice: FlowNotice) => void;
    },
  ) {
    host.addController(this);
  }

  /** Whether the flow has a loader: Clerk is loading, loaded or failed to load. */
  get attached(): boolean {
    return this.loader !== undefined;
  }

  /**
   * Obtains Clerk with `loader` from now on (a different loader starts over). The flow
   * is attached once the host's update is done, since attaching may change its state.
   */
  attach(loader: ClerkLoader): void {
    this.loader = loader;
    void this.host.updateComplete.then(() => {
      if (this.connected && this.loader === loader) this.flow.attach(loader);
    });
  }

  hostConnected(): void {
    this.connected = true;
    this.unsubscribes = [
      this.flow.subscribe(this.listeners.state),
      this.flow.onNotice(this.listeners.notice),
    ];
    // Moved in the document: the flow resumes where it was, without loading Clerk again.
    if (this.loader) this.flow.attach(this.loader);
    // The flow may have moved on while the element was out of the document.
    this.listeners.state(this.flow.state);
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    this.unsubscribes = [];
    this.flow.detach();
  }
}
