package org.techserv.library.ui.internal.binding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.BindingSlips;
import org.techserv.store.StoreException;

/**
 * Writes a batch's binding slips (a PDF page a volume) in the background, then tells the view on the UI thread:
 * where the file is, or why it could not be written.
 */
public final class SlipsJob extends Job {

	private final BindingBatch batch;
	private final Path pdf;
	private final Display display;
	private final Consumer<String> done;
	private final Consumer<Exception> failed;

	SlipsJob(BindingBatch batch, Path pdf, Display display, Consumer<String> done, Consumer<Exception> failed) {
		super(NLS.bind(Messages.slipsJob, batch.id()));
		this.batch = batch;
		this.pdf = pdf;
		this.display = display;
		this.done = done;
		this.failed = failed;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			BindingSlips.write(batch, Binding.bindery().volumes(batch.id()), pdf);
			report(() -> done.accept(NLS.bind(Messages.slipsWritten, batch.id(), pdf)));
		} catch (StoreException e) {
			report(() -> failed.accept(e));
		} catch (IOException | RuntimeException e) {
			Exception told = new IOException(NLS.bind(Messages.slipsFailed, pdf, e.getMessage()), e);
			report(() -> failed.accept(told));
		}
		// the user is told in the view; the job itself ends quietly so no second dialog comes up
		return Status.OK_STATUS;
	}

	private void report(Runnable onUiThread) {
		if (!display.isDisposed()) {
			display.asyncExec(onUiThread);
		}
	}
}
