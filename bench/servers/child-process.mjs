// What every server script does as a child of the harness (lib/child-server.mjs): report its URL once
// it listens, and exit when the harness asks (SIGTERM) or goes away (disconnect).

/**
 * @param {() => Promise<unknown>} close stops the server; the process exits once it has
 */
export function stopWithParent(close) {
  const stop = () => {
    // Idle keep-alive sockets must not hold the process open.
    setTimeout(() => process.exit(0), 1000).unref();
    return close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

/**
 * Serves `server` on a free loopback port and sends its URL to the harness.
 *
 * @param {import('node:http').Server} server
 * @param {string} name for the error when there is no TCP address
 */
export function listenOnLoopback(server, name) {
  stopWithParent(() => new Promise((resolve) => server.close(resolve)));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error(`${name} has no TCP address.`);
    process.send?.({ url: `http://127.0.0.1:${address.port}` });
  });
}
