// A stand-in for PostgreSQL in tests that need a server in a particular state: it accepts TCP
// connections and answers the first message (a startup packet) with what the test asks for, such
// as the ErrorResponse 57P03 a shutting-down PostgreSQL sends, then hangs up.
import net from 'node:net';

/** A PostgreSQL backend message: a type byte, its length, its body. */
function message(kind: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(kind, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

export function errorResponse(code: string, text: string): Buffer {
  return message('E', Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`, 'utf8'));
}

/** AuthenticationSASL (SCRAM-SHA-256), as a running server asks a client with a password. */
export function authenticationRequest(): Buffer {
  const body = Buffer.concat([Buffer.from([0, 0, 0, 10]), Buffer.from('SCRAM-SHA-256\0\0', 'utf8')]);
  return message('R', body);
}

export const SHUTTING_DOWN = errorResponse('57P03', 'the database system is shutting down');

export interface FakePostgres {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** `answer`: the bytes sent back to the first message, or null to hang up without a word. */
export async function fakePostgres(answer: Buffer | null): Promise<FakePostgres> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', () => (answer ? socket.end(answer) : socket.destroy()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    url: `postgresql://claimdesk:secret@127.0.0.1:${port}/claimdesk`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
