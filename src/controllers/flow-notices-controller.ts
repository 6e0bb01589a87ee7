import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowNotice } from '../flow/types.js';

/** Where notices come from: a flow's `onNotice`. */
export interface NoticeSource {
  onNotice(listener: (notice: FlowNotice) => void): () => void;
}

/**
 * Listens to the notices of a flow for as long as its host is connected: subscribes
 * when the host connects (or first gets the flow), keeps the unsubscribe, and calls it
 * when the host disconnects. The flow may arrive later, through a context.
 */
export class FlowNoticesController implements ReactiveController {
  private source: NoticeSource | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    /** The flow to listen to, once there is one. */
    private readonly flow: () => NoticeSource | undefined,
    private readonly listener: (notice: FlowNotice) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
  }

  /** Subscribes to the flow of now, leaving the one before. */
  private follow(): void {
    const source = this.flow();
    if (source === this.source) return;
    this.unsubscribe?.();
    this.source = source;
    this.unsubscribe = source?.onNotice((notice) => this.listener(notice));
  }
}
