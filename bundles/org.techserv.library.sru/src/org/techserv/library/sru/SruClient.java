package org.techserv.library.sru;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.sru.SruException.Kind;
import org.techserv.library.sru.internal.LimitedBody;
import org.techserv.library.sru.internal.Messages;
import org.techserv.library.sru.internal.ResponseParser;
import org.techserv.library.sru.internal.WebPages;

/**
 * Searches SRU targets over HTTP GET ({@code searchRetrieve}, CQL, records in the target's schema) with the JDK's
 * HTTP client. A search is bounded by the target's timeout from connecting to the last byte, and stops as soon as
 * the progress monitor is cancelled (the HTTP exchange is aborted). One client serves any number of searches,
 * also in parallel; close it when done.
 */
public final class SruClient implements AutoCloseable {

	/** The most records one search may ask for. */
	public static final int MAX_RECORDS = 100;
	/** The largest answer accepted. */
	static final long MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
	private static final long POLL_MILLIS = 50;

	private final HttpClient http;

	public SruClient() {
		// HTTP/1.1 without an h2c upgrade: what SRU servers, often old gateways, all speak
		HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NORMAL);
		ProxySelector proxies = ProxySelector.getDefault();
		if (proxies != null) {
			builder.proxy(proxies);
		}
		this.http = builder.build();
	}

	/**
	 * Searches one target. Diagnostics of the server (an index it does not support, a schema it does not know) come
	 * back in the result; records that cannot be read come back as {@link SruHit.Bad} at their position.
	 *
	 * @param start   the position of the first record wanted, from 1
	 * @param maximum how many records to fetch, 0 to {@value #MAX_RECORDS} (0: only count)
	 * @param monitor progress and cancel; null for none
	 * @throws SruException               when no SRU answer came: timeout, unreachable, HTTP error, not SRU; the
	 *                                    message names the target and says what happened
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public SruResult search(SruTarget target, SruQuery query, int start, int maximum, IProgressMonitor monitor)
			throws SruException {
		if (start < 1 || maximum < 0 || maximum > MAX_RECORDS) {
			throw new IllegalArgumentException(NLS.bind(Messages.badPage, new Object[] { start, maximum, MAX_RECORDS }));
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.searching, target.name()), 2);
		String cql = query.toCql(target);
		URI uri = requestUri(target, cql, start, maximum);
		HttpResponse<byte[]> response = exchange(target, uri, progress);
		progress.worked(1);
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] body = response.body();
		if (status != 200) {
			SruResult diagnosed = diagnosed(target, uri, cql, start, type, body);
			if (diagnosed != null) {
				return diagnosed;
			}
			throw new SruException(Kind.HTTP_STATUS, target, status, httpError(target, uri, status, body), null);
		}
		if (WebPages.isWebPage(type, body)) {
			throw new SruException(Kind.NOT_SRU, target, 0, NLS.bind(Messages.webPage,
					new Object[] { target.name(), uri, WebPages.describe(body) }), null);
		}
		SruResult result = new ResponseParser(target, uri, cql, start).parse(body);
		progress.worked(1);
		return result;
	}

	/** The searchRetrieve address for a query and page. */
	public static URI requestUri(SruTarget target, String cql, int start, int maximum) {
		return URI.create(target.endpoint() + "?version=" + target.version() //$NON-NLS-1$
				+ "&operation=searchRetrieve&query=" + encode(cql) //$NON-NLS-1$
				+ "&startRecord=" + start + "&maximumRecords=" + maximum //$NON-NLS-1$ //$NON-NLS-2$
				+ "&recordPacking=xml&recordSchema=" + encode(target.recordSchema())); //$NON-NLS-1$
	}

	/** Sends the request and waits for the whole answer, watching the deadline and the monitor. */
	private HttpResponse<byte[]> exchange(SruTarget target, URI uri, SubMonitor progress) throws SruException {
		Duration timeout = Duration.ofSeconds(target.timeoutSeconds());
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
				.header("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1").GET().build(); //$NON-NLS-1$ //$NON-NLS-2$
		long deadline = System.nanoTime() + timeout.toNanos();
		CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request,
				info -> new LimitedBody(MAX_RESPONSE_BYTES));
		try {
			while (true) {
				try {
					return answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					if (progress.isCanceled()) {
						answer.cancel(true);
						throw new OperationCanceledException();
					}
					if (System.nanoTime() - deadline >= 0) {
						answer.cancel(true);
						throw timeout(target, uri, null);
					}
				}
			}
		} catch (InterruptedException e) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			throw failed(target, uri, e.getCause());
		}
	}

	/** An SRU answer with diagnostics under an HTTP error status (SRU 2.0 servers may send them so), or null. */
	private static SruResult diagnosed(SruTarget target, URI uri, String cql, int start, String type, byte[] body) {
		if (body.length == 0 || WebPages.isWebPage(type, body)) {
			return null;
		}
		try {
			SruResult result = new ResponseParser(target, uri, cql, start).parse(body);
			return result.diagnostics().isEmpty() ? null : result;
		} catch (SruException e) {
			return null;
		}
	}

	private static SruException failed(SruTarget target, URI uri, Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException) {
				return timeout(target, uri, cause);
			}
			if (t instanceof LimitedBody.TooLarge) {
				return new SruException(Kind.BROKEN_RESPONSE, target, 0, NLS.bind(Messages.tooLarge,
						new Object[] { target.name(), uri, MAX_RESPONSE_BYTES / (1024 * 1024) }), cause);
			}
			if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
				return new SruException(Kind.UNREACHABLE, target, 0,
						NLS.bind(Messages.unknownHost, target.name(), uri.getHost()), cause);
			}
			if (t instanceof ConnectException) {
				return new SruException(Kind.UNREACHABLE, target, 0,
						NLS.bind(Messages.refused, new Object[] { target.name(), uri.getHost(), port(uri) }), cause);
			}
		}
		String reason = cause == null ? "" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(); //$NON-NLS-1$
		return new SruException(Kind.UNREACHABLE, target, 0,
				NLS.bind(Messages.connectionFailed, new Object[] { target.name(), uri, reason }),
				cause instanceof IOException ? cause : null);
	}

	private static SruException timeout(SruTarget target, URI uri, Throwable cause) {
		return new SruException(Kind.TIMEOUT, target, 0,
				NLS.bind(Messages.timeout, new Object[] { target.name(), target.timeoutSeconds(), uri.getHost(), port(uri) }),
				cause);
	}

	private static String httpError(SruTarget target, URI uri, int status, byte[] body) {
		String page = WebPages.describe(body);
		String text = NLS.bind(Messages.httpStatus, new Object[] { target.name(), status, uri });
		return page.isEmpty() ? text : text + ' ' + NLS.bind(Messages.httpPage, page);
	}

	private static int port(URI uri) {
		if (uri.getPort() > 0) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80; //$NON-NLS-1$
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void close() {
		http.shutdownNow();
	}
}
