package org.techserv.library.sru.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A plain server socket on 127.0.0.1 for the ways a server can fail a client: accepting connections and never
 * answering, or answering with fixed bytes (a web server's error page). Closing it closes every connection.
 */
final class SocketPeer implements AutoCloseable {

	private final ServerSocket server;
	private final byte[] answer;
	private final List<Socket> connections = new CopyOnWriteArrayList<>();
	private final CountDownLatch accepted = new CountDownLatch(1);

	private SocketPeer(byte[] answer) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.answer = answer;
		Thread acceptor = new Thread(this::serve, "socket peer " + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Accepts connections, reads what comes and never answers. */
	static SocketPeer silent() throws IOException {
		return new SocketPeer(null);
	}

	/** Answers each request with {@code response} (status line, headers, body) and closes the connection. */
	static SocketPeer answering(String response) throws IOException {
		return new SocketPeer(response.getBytes(StandardCharsets.UTF_8));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getLocalPort();
	}

	/** Waits until a client has connected. */
	boolean awaitConnection(long millis) throws InterruptedException {
		return accepted.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	private void serve() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				connections.add(socket);
				accepted.countDown();
				Thread handler = new Thread(() -> handle(socket), "socket peer connection");
				handler.setDaemon(true);
				handler.start();
			} catch (IOException closed) {
				return;
			}
		}
	}

	private void handle(Socket socket) {
		try (socket; InputStream in = socket.getInputStream()) {
			readHeaders(in);
			if (answer == null) {
				while (in.read() >= 0) {
					// keep the connection open and silent until the client gives up
				}
				return;
			}
			socket.getOutputStream().write(answer);
			socket.getOutputStream().flush();
		} catch (IOException e) {
			// the client went away
		}
	}

	/** Reads up to the blank line that ends a request's headers (a GET has no body). */
	private static void readHeaders(InputStream in) throws IOException {
		int matched = 0;
		int b;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < 4 && (b = in.read()) >= 0) {
			matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : connections) {
			socket.close();
		}
	}
}
