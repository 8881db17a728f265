package org.techserv.library.sru.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, so that a server streaming without end cannot fill the memory; past the
 * limit the exchange is cancelled and the body fails with {@link TooLarge}.
 */
public final class LimitedBody implements BodySubscriber<byte[]> {

	/** The answer was larger than the limit. */
	public static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;

		TooLarge(long limit) {
			super("more than " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private final long limit;
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
	private final CompletableFuture<byte[]> body = new CompletableFuture<>();
	private Flow.Subscription subscription;

	public LimitedBody(long limit) {
		this.limit = limit;
	}

	@Override
	public void onSubscribe(Flow.Subscription given) {
		subscription = given;
		given.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (body.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (bytes.size() + (long) buffer.remaining() > limit) {
				subscription.cancel();
				body.completeExceptionally(new TooLarge(limit));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable error) {
		body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		body.complete(bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return body;
	}
}
