// The physical limit of scenario 3: a bare socket.io server (same version as the API's, same
// path, websocket transport) that emits to a room whatever event it is POSTed — no auth, no
// database, no log read: only the fan-out itself.
//
//   socket  join { room }           → ack { ok: true }
//   POST    /emit { room, event }   → io.to(room).emit('event', event)
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/emit') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const { room, event } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    io.to(room).emit('event', event);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
const io = new Server(http, {
  path: '/socket.io',
  serveClient: false,
  maxHttpBufferSize: 64 * 1024,
});
io.on('connection', (socket) => {
  socket.on('join', async (message, ack) => {
    await socket.join(String(message?.room));
    ack?.({ ok: true, lastSeq: 0 });
  });
});
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`baseline socket ready on ${http.address().port}\n`);
});
const stop = () => {
  io.close();
  http.closeAllConnections();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
