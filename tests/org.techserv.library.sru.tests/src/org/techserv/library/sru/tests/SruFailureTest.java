package org.techserv.library.sru.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.techserv.library.sru.SruClient;
import org.techserv.library.sru.SruException;
import org.techserv.library.sru.SruException.Kind;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruQuery;
import org.techserv.library.sru.SruTarget;

/** Servers that fail the client in the ways real ones do, on 127.0.0.1: the user reads what happened. */
class SruFailureTest {

	private static final SruQuery AIDA = SruQuery.of(SruIndex.TITLE, "aida");

	private final SruClient client = new SruClient();

	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void aServerThatAcceptsButNeverAnswersTimesOutAfterTheTargetsSecondsNamingIt() throws Exception {
		try (SocketPeer silent = SocketPeer.silent()) {
			SruTarget target = SruTarget.userDefined("Silent server", silent.baseUrl(), "db", "marcxml", 2);
			long started = System.nanoTime();

			SruException e = assertThrows(SruException.class, () -> client.search(target, AIDA, 1, 10, null));

			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
			assertEquals(Kind.TIMEOUT, e.kind());
			assertTrue(silent.awaitConnection(0), "the connection was made; the answer never came");
			assertEquals("Silent server did not answer within 2 seconds (server 127.0.0.1, port "
					+ silent.baseUrl().substring(silent.baseUrl().lastIndexOf(':') + 1) + "). The server may be down "
					+ "or busy, or a firewall may hold the connection; try again later or raise the target's timeout.",
					e.getMessage());
			assertTrue(seconds >= 1 && seconds < 10, "gave up after the 2 configured seconds, not " + seconds);
		}
	}

	@Test
	void cancellingTheMonitorAbortsASearchThatIsWaiting() throws Exception {
		try (SocketPeer silent = SocketPeer.silent()) {
			SruTarget target = SruTarget.userDefined("Slow server", silent.baseUrl(), "db", "marcxml", 300);
			NullProgressMonitor monitor = new NullProgressMonitor();

			CompletableFuture<Object> search = CompletableFuture.supplyAsync(() -> {
				try {
					return client.search(target, AIDA, 1, 10, monitor);
				} catch (SruException | RuntimeException e) {
					return e;
				}
			});
			assertTrue(silent.awaitConnection(10_000), "the search connected");
			monitor.setCanceled(true);

			Object outcome = search.get(10, TimeUnit.SECONDS);
			assertTrue(outcome instanceof OperationCanceledException, String.valueOf(outcome));
		}
	}

	@Test
	void aWebPageInsteadOfAnSruAnswerIsNamedWithItsTitle() throws Exception {
		String page = "<!DOCTYPE html>\n<html><head><title>Library portal – sign in</title></head><body>Please sign in"
				+ "</body></html>";
		try (SocketPeer portal = SocketPeer.answering(response("200 OK", "text/html; charset=utf-8", page))) {
			SruTarget target = SruTarget.userDefined("Portal", portal.baseUrl() + "/catalogue", "sru", "marcxml", 5);

			SruException e = assertThrows(SruException.class, () -> client.search(target, AIDA, 1, 10, null));

			assertEquals(Kind.NOT_SRU, e.kind());
			assertTrue(e.getMessage().startsWith("Portal: " + portal.baseUrl() + "/catalogue/sru?version=1.2&operation="
					+ "searchRetrieve"), e.getMessage());
			assertTrue(e.getMessage().endsWith(" answered with a web page, not SRU search results (Library portal – "
					+ "sign in). Check the target's base URL and database."), e.getMessage());
		}
	}

	@Test
	void anHttpErrorNamesTheStatusAndWhatThePageSays() throws Exception {
		String page = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>";
		try (SocketPeer web = SocketPeer.answering(response("404 Not Found", "text/html", page))) {
			SruTarget target = SruTarget.userDefined("Web server", web.baseUrl(), "LCDB", "marcxml", 5);

			SruException e = assertThrows(SruException.class, () -> client.search(target, AIDA, 1, 10, null));

			assertEquals(Kind.HTTP_STATUS, e.kind());
			assertEquals(404, e.status());
			assertTrue(e.getMessage().startsWith("Web server: the server answered HTTP 404 instead of search results"),
					e.getMessage());
			assertTrue(e.getMessage().endsWith("Check the target's base URL and database. (The page says: 404 Not "
					+ "Found)"), e.getMessage());
		}
	}

	@Test
	void xmlOfAnotherKindAndTextThatIsNotXmlAreNamedAsNotSru() throws Exception {
		try (SocketPeer atom = SocketPeer.answering(response("200 OK", "application/xml",
				"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title></feed>"));
				SocketPeer text = SocketPeer.answering(response("200 OK", "text/plain", "Service unavailable\n"))) {
			SruException feed = assertThrows(SruException.class,
					() -> client.search(SruTarget.userDefined("Feed", atom.baseUrl(), "db", "marcxml", 5), AIDA, 1, 1, null));
			SruException plain = assertThrows(SruException.class,
					() -> client.search(SruTarget.userDefined("Plain", text.baseUrl(), "db", "marcxml", 5), AIDA, 1, 1, null));

			assertEquals(Kind.NOT_SRU, feed.kind());
			assertTrue(feed.getMessage().contains("is XML of another kind (<feed>), not SRU search results"),
					feed.getMessage());
			assertEquals(Kind.NOT_SRU, plain.kind());
			assertTrue(plain.getMessage().contains("is not SRU search results (it is not XML; it starts: Service "
					+ "unavailable)"), plain.getMessage());
		}
	}

	@Test
	void aPortNobodyListensOnIsNamedAsRefused() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		SruTarget target = SruTarget.userDefined("Stopped server", "http://127.0.0.1:" + port, "db", "marcxml", 5);

		SruException e = assertThrows(SruException.class, () -> client.search(target, AIDA, 1, 10, null));

		assertEquals(Kind.UNREACHABLE, e.kind());
		assertEquals("Stopped server: the server 127.0.0.1 refuses connections on port " + port
				+ ": the server is not running there, or the port is wrong.", e.getMessage());
	}

	@Test
	void aPageOutsideOneToAHundredRecordsIsRefusedBeforeSending() {
		SruTarget target = SruTarget.userDefined("Any", "http://127.0.0.1:9", "db", "marcxml", 5);

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> client.search(target, AIDA, 0, 10, null));
		assertThrows(IllegalArgumentException.class, () -> client.search(target, AIDA, 1, 101, null));

		assertEquals("Ask for records from position 1 on, at most 100 at a time (asked: from 0, 10 records).",
				e.getMessage());
	}

	private static String response(String status, String type, String body) {
		byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
				+ "\r\nConnection: close\r\n\r\n" + body;
	}
}
