/**
 * The demo page's emulator panels: the demo accounts, the "Require MFA" switch of the
 * emulated instance, each authenticator-app user's current code and enrolment QR code, unused
 * backup codes, and the outbox of SMS and e-mail codes. Everything comes from the emulator's control endpoints
 * (`<proxy>/__emulator/*`) and refreshes every second while the page is visible.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import QRCode from 'qrcode';
import type { DemoUser, OutboxMessage } from 'clerk-fapi-emulator';

/** What `GET <proxy>/__emulator/totp/{email}` answers. */
interface CurrentTotp {
  readonly code: string;
  readonly secondsRemaining: number;
}

/** What `GET <proxy>/__emulator/instance` answers (the part the panels show). */
interface InstanceSettings {
  readonly mfaRequired: boolean;
}

/** What the page does for the panels. */
export interface EmulatorPanelActions {
  /** Puts an account's e-mail and password into the sign-in form. */
  fillCredentials(email: string, password: string): void;
}

const refreshIntervalMilliseconds = 1000;

/** TOTP codes are valid for 30 s steps (RFC 6238, as the emulator issues them). */
const totpPeriodSeconds = 30;

const factorNames: Record<DemoUser['secondFactors'][number], string> = {
  totp: 'authenticator app',
  phone_code: 'SMS',
  backup_code: 'backup codes',
};

function describeFactors(user: DemoUser): string {
  if (user.secondFactors.length > 0)
    return user.secondFactors.map((f) => factorNames[f]).join(', ');
  return user.newDeviceCheck ? 'none; e-mail code on a new device' : 'none';
}

/** `123456` as `123 456`, easier to read and type. */
function groupDigits(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function timeOf(epochMilliseconds: number): string {
  return new Date(epochMilliseconds).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export class EmulatorPanels {
  readonly #container: HTMLElement;
  readonly #controlUrl: string;
  readonly #actions: EmulatorPanelActions;

  #users: readonly DemoUser[] = [];
  #totpCodes = new Map<string, CurrentTotp>();
  #outbox: readonly OutboxMessage[] = [];
  #instance: InstanceSettings | null = null;
  /** Enrolment QR codes as data URLs, by otpauth URI. */
  #qrCodes = new Map<string, string>();
  #problem: string | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(container: HTMLElement, proxyUrl: string, actions: EmulatorPanelActions) {
    this.#container = container;
    this.#controlUrl = `${proxyUrl.replace(/\/+$/, '')}/__emulator`;
    this.#actions = actions;
  }

  /** Shows the panels and refreshes them every second while the page is visible. */
  start(): void {
    this.#container.hidden = false;
    const refreshWhileVisible = () => {
      clearInterval(this.#timer);
      this.#timer = undefined;
      if (document.visibilityState !== 'visible') return;
      void this.#refresh();
      this.#timer = setInterval(() => void this.#refresh(), refreshIntervalMilliseconds);
    };
    document.addEventListener('visibilitychange', refreshWhileVisible);
    refreshWhileVisible();
  }

  async #refresh(): Promise<void> {
    try {
      const [{ users }, { messages }, instance] = await Promise.all([
        this.#get<{ users: DemoUser[] }>('/users'),
        this.#get<{ messages: OutboxMessage[] }>('/outbox'),
        this.#get<InstanceSettings>('/instance'),
      ]);
      this.#instance = instance;
      const totpUsers = users.filter((user) => user.totp);
      const codes = await Promise.all(
        totpUsers.map((user) => this.#get<CurrentTotp>(`/totp/${encodeURIComponent(user.email)}`)),
      );
      this.#users = users;
      this.#outbox = messages;
      this.#totpCodes = new Map(totpUsers.map((user, index) => [user.email, codes[index]]));
      this.#problem = null;
      await this.#createQrCodes(totpUsers);
    } catch (error) {
      this.#problem = `The emulator does not answer (${error instanceof Error ? error.message : String(error)}). Is npm run demo still running?`;
    }
    this.#render();
  }

  async #get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.#controlUrl}${path}`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  /** Control requests that change state go as JSON, as the emulator requires. */
  async #send(method: 'POST' | 'PATCH', path: string, body: object = {}): Promise<void> {
    const response = await fetch(`${this.#controlUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  }

  /** Turns the instance's "Require MFA" setting on or off; the next sign-in follows it. */
  readonly #setMfaRequired = async (mfaRequired: boolean): Promise<void> => {
    try {
      await this.#send('PATCH', '/instance', { mfaRequired });
      this.#instance = { mfaRequired };
    } catch (error) {
      this.#problem = `The emulator refused the setting (${error instanceof Error ? error.message : String(error)}).`;
    }
    this.#render();
  };

  async #createQrCodes(users: readonly DemoUser[]): Promise<void> {
    for (const user of users) {
      const uri = user.totp!.uri;
      if (!this.#qrCodes.has(uri)) {
        this.#qrCodes.set(uri, await QRCode.toDataURL(uri, { margin: 1, width: 160 }));
      }
    }
  }

  /** Restores the demo accounts and forgets every session, then reloads the page signed out. */
  readonly #resetDemo = async (): Promise<void> => {
    await this.#send('POST', '/reset');
    window.location.reload();
  };

  #render(): void {
    render(
      html`
        ${this.#problem ? html`<p class="card problem" role="alert">${this.#problem}</p>` : nothing}
        ${this.#renderAccounts()} ${this.#renderInstance()} ${this.#renderAuthenticator()}
        ${this.#renderOutbox()} ${this.#renderBackupCodes()}
      `,
      this.#container,
    );
  }

  #renderAccounts(): TemplateResult {
    const password = this.#users[0]?.passwordHint ?? '';
    return html`<section class="card accounts" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Demo accounts</h2>
      <p>Every account's password is <code class="secret">${password}</code>.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Second factor</th>
            <th scope="col"><span class="visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.#users.map(
            (user) =>
              html`<tr>
                <td><code>${user.email}</code></td>
                <td>
                  ${describeFactors(user)}
                  ${
                    user.lockedUntil !== null && user.lockedUntil > Date.now()
                      ? html`<strong class="locked"
                          >locked until ${timeOf(user.lockedUntil)}</strong
                        >`
                      : nothing
                  }
                </td>
                <td>
                  <button
                    type="button"
                    class="small-button"
                    aria-label=${`Fill in ${user.email}`}
                    @click=${() => this.#actions.fillCredentials(user.email, user.passwordHint)}
                  >
                    Fill in
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">
        <button type="button" class="link-button" @click=${() => void this.#resetDemo()}>
          Reset the demo</button
        >: unlocks accounts, restores backup codes, signs everyone out.
      </p>
    </section>`;
  }

  #renderInstance(): TemplateResult {
    return html`<section class="card instance" aria-labelledby="instance-title">
      <h2 id="instance-title">Instance</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked=${String(this.#instance?.mfaRequired ?? false)}
          .checked=${this.#instance?.mfaRequired ?? false}
          ?disabled=${this.#instance === null}
          @change=${(event: Event) =>
            void this.#setMfaRequired((event.target as HTMLInputElement).checked)}
        />
        Require MFA
      </label>
      <p class="hint">
        When on, an account without a second factor (<code>nomfa@example.com</code>) signs in to a
        pending session that asks it to set one up. Applies to the next sign-in; “Reset the demo”
        turns it off.
      </p>
    </section>`;
  }

  #renderAuthenticator(): TemplateResult {
    const totpUsers = this.#users.filter((user) => user.totp);
    return html`<section class="card authenticator" aria-labelledby="authenticator-title">
      <h2 id="authenticator-title">Authenticator app</h2>
      <ul class="plain-list">
        ${totpUsers.map((user) => {
          const totp = this.#totpCodes.get(user.email);
          const qrCode = this.#qrCodes.get(user.totp!.uri);
          return html`<li class="totp">
            <div class="totp-code-row">
              <span class="account">${user.email}</span>
              <span class="code" aria-label=${`Current code for ${user.email}`}
                >${totp ? groupDigits(totp.code) : '… …'}</span
              >
              <progress
                max=${totpPeriodSeconds}
                value=${totp?.secondsRemaining ?? 0}
                aria-label="Seconds until the next code"
              ></progress>
            </div>
            <details>
              <summary>Add to a real authenticator app</summary>
              <div class="enrolment">
                ${
                  qrCode
                    ? html`<img
                        src=${qrCode}
                        width="160"
                        height="160"
                        alt=${`QR code of the authenticator secret of ${user.email}`}
                      />`
                    : nothing
                }
                <dl>
                  <dt>Secret</dt>
                  <dd><code>${user.totp!.secret}</code></dd>
                  <dt>URI</dt>
                  <dd><code class="uri">${user.totp!.uri}</code></dd>
                </dl>
              </div>
            </details>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderOutbox(): TemplateResult {
    const newestFirst = [...this.#outbox].reverse();
    return html`<section class="card outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">Phone and mailbox</h2>
      ${
        newestFirst.length === 0
          ? html`<p class="hint">
              No SMS or e-mail yet. Codes sent to <code>sms@example.com</code>,
              <code>totp-sms@example.com</code> (after “Send SMS code”) or
              <code>new-device@example.com</code> appear here.
            </p>`
          : html`<ol class="plain-list messages">
              ${newestFirst.map(
                (message) =>
                  html`<li>
                    <span class="account"
                      ><strong>${message.channel === 'sms' ? 'SMS' : 'E-mail'}</strong> to
                      ${message.to}</span
                    >
                    <time datetime=${new Date(message.sentAt).toISOString()}
                      >${timeOf(message.sentAt)}</time
                    >
                    <span class="code">${groupDigits(message.code)}</span>
                  </li>`,
              )}
            </ol>`
      }
    </section>`;
  }

  #renderBackupCodes(): TemplateResult {
    const withBackupCodes = this.#users.filter((user) =>
      user.secondFactors.includes('backup_code'),
    );
    return html`<section class="card backup-codes" aria-labelledby="backup-codes-title">
      <h2 id="backup-codes-title">Backup codes</h2>
      <p class="hint">Each works once; “Use a backup code” in the code step.</p>
      ${withBackupCodes.map(
        (user) =>
          html`<p class="account">${user.email}</p>
            <ul class="plain-list code-list">
              ${user.unusedBackupCodes.map((code) => html`<li><code>${code}</code></li>`)}
            </ul>`,
      )}
    </section>`;
  }
}
