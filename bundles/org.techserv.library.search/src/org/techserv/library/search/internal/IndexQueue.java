package org.techserv.library.search.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Index writes done on a thread of their own, in the order they were handed over: the thread that committed a
 * batch of records (an import's writer) goes on with the next batch while Lucene inverts this one. At most
 * {@value #WAITING} pieces of work wait; more make the caller wait, so the index never falls far behind.
 */
public final class IndexQueue implements AutoCloseable {

	private static final int WAITING = 2;

	private final String name;
	private final Semaphore room = new Semaphore(WAITING);
	private final AtomicLong submitted = new AtomicLong();
	private final AtomicLong done = new AtomicLong();
	private ExecutorService executor;

	public IndexQueue(String name) {
		this.name = name;
	}

	/** Runs {@code work} after everything handed over before; waits while the queue is full. */
	public void submit(Runnable work) {
		room.acquireUninterruptibly();
		submitted.incrementAndGet();
		try {
			executor().execute(() -> {
				try {
					work.run();
				} finally {
					done.incrementAndGet();
					room.release();
				}
			});
		} catch (RejectedExecutionException e) { // closed
			done.incrementAndGet();
			room.release();
			throw e;
		}
	}

	/** Waits until everything handed over so far is done (searches see every change made before them). */
	public void await() {
		if (done.get() == submitted.get()) {
			return;
		}
		Future<?> barrier;
		try {
			barrier = executor().submit(() -> {
				// everything before has run
			});
		} catch (RejectedExecutionException e) {
			return; // closed: close() waited for everything
		}
		boolean interrupted = false;
		while (true) {
			try {
				barrier.get();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			} catch (ExecutionException e) {
				break; // an empty task does not fail
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private synchronized ExecutorService executor() {
		if (executor == null) {
			executor = Executors.newSingleThreadExecutor(run -> {
				Thread thread = new Thread(run, name);
				thread.setDaemon(true);
				return thread;
			});
		}
		return executor;
	}

	/** Finishes what was handed over and ends the thread. */
	@Override
	public void close() {
		await();
		synchronized (this) {
			if (executor != null) {
				executor.shutdown();
			}
		}
	}
}
