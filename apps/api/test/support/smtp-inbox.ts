import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message held before the server answers its DATA, as a slow or busy SMTP server would. */
export interface HeldMessage {
  /** Resolves once a message's data has arrived and waits for the server's answer. */
  arrived: Promise<ParsedMail>;
  /** Resolves once the client that sent it has disconnected. */
  clientGone: Promise<void>;
  /** Answers it: accepted if its client is still connected, dropped if it went away. */
  release(): void;
}

/**
 * A real SMTP server on a free local port, started by a spec: what it accepted (its 250 reply
 * to DATA) is in `messages`. `holdNext()` keeps the next message waiting for that reply, so a
 * spec can kill the client meanwhile — the SMTP server then drops the transaction, as any does.
 */
export class SmtpInbox {
  readonly messages: ParsedMail[] = [];
  private readonly closedSessions = new Set<string>();
  private hold: {
    arrive: (mail: ParsedMail) => void;
    released: Promise<void>;
    gone: () => void;
  } | null = null;
  private readonly closeWatchers = new Map<string, () => void>();
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<SmtpInbox> {
    let inbox: SmtpInbox | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onClose: (session) => {
        inbox?.closedSessions.add(session.id);
        inbox?.closeWatchers.get(session.id)?.();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            const hold = inbox?.hold;
            if (hold) {
              inbox!.hold = null;
              if (inbox!.closedSessions.has(session.id)) hold.gone();
              else inbox!.closeWatchers.set(session.id, hold.gone);
              hold.arrive(mail);
              await hold.released;
              // The client hung up while we held its message: the transaction is void.
              if (inbox!.closedSessions.has(session.id)) return;
            }
            inbox!.accept(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    inbox = new SmtpInbox(server, `smtp://127.0.0.1:${port}`);
    return inbox;
  }

  holdNext(): HeldMessage {
    let arrive!: (mail: ParsedMail) => void;
    let release!: () => void;
    let gone!: () => void;
    const arrived = new Promise<ParsedMail>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const clientGone = new Promise<void>((resolve) => (gone = resolve));
    this.hold = { arrive, released, gone };
    return { arrived, clientGone, release };
  }

  private accept(mail: ParsedMail): void {
    this.messages.push(mail);
    for (const wake of this.waiters) wake();
  }

  /** The messages to an address, in the order they arrived. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((mail) =>
      [mail.to]
        .flat()
        .some((to) => to?.value.some((a) => a.address?.toLowerCase() === address.toLowerCase())),
    );
  }

  /** Forgets what arrived for these addresses (a spec's setup). */
  forget(addresses: readonly string[]): void {
    const forgotten = new Set(addresses.flatMap((address) => this.to(address)));
    const kept = this.messages.filter((mail) => !forgotten.has(mail));
    this.messages.splice(0, this.messages.length, ...kept);
  }

  /** Waits until `count` messages to the address have arrived (a spec's own timeout bounds it). */
  async waitFor(address: string, count = 1): Promise<ParsedMail[]> {
    while (this.to(address).length < count) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
    return this.to(address);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
