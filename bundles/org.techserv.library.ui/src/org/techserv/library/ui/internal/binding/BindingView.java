package org.techserv.library.ui.internal.binding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.serials.binding.BatchStatus;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.BindingVolume;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.review.SubmitBatchHandler;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * Binding: the batches (open ones first, then those at the bindery, overdue ones in red) above, the volumes of the
 * chosen batch below. Built for the keyboard: in the lists N opens a batch, A adds a volume, Delete removes one,
 * S sends the batch, T returns it (a barcode a volume), P writes its binding slips, O lists what is overdue, F5
 * reloads; the buttons carry the same letters as mnemonics. The status line says what happened; a refusal comes
 * in an error dialog in the store's own words.
 */
public final class BindingView extends ViewPart {

	private TableViewer batches;
	private TableViewer volumes;
	private Label status;
	private final Map<Long, String> boundBarcodes = new HashMap<>();
	/** The latest review of each listed batch (none while never submitted). */
	private final Map<Long, Review> reviews = new HashMap<>();
	private String lastBindery = ""; //$NON-NLS-1$

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.keysHint);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		batches = table(sash, BindingUiIds.KEY_BATCHES);
		TableColumns.<BindingBatch>add(batches, Messages.columnBatch, 60, b -> String.valueOf(b.id()), b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnBindery, 220, BindingBatch::bindery, b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnStatus, 80, BindingView::status, b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnReview, 200, this::review, b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnVolumes, 70, b -> String.valueOf(b.volumes()), b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnSent, 90, b -> text(b.sent()), b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnDueBack, 90, b -> text(b.dueBack()), b -> null,
				this::overdueColour);
		TableColumns.<BindingBatch>add(batches, Messages.columnOverdue, 80,
				b -> daysOverdue(b) > 0 ? NLS.bind(Messages.daysOverdue, daysOverdue(b)) : "", b -> null, //$NON-NLS-1$
				this::overdueColour);
		batches.addSelectionChangedListener(e -> showVolumes());

		volumes = table(sash, BindingUiIds.KEY_VOLUMES);
		TableColumns.<BindingVolume>add(volumes, Messages.columnTitle, 240, BindingVolume::title);
		TableColumns.<BindingVolume>add(volumes, Messages.columnVolume, 100, v -> v.spec().label());
		TableColumns.<BindingVolume>add(volumes, Messages.columnColour, 100, v -> v.spec().colour());
		TableColumns.<BindingVolume>add(volumes, Messages.columnCover, 100, v -> v.spec().cover());
		TableColumns.<BindingVolume>add(volumes, Messages.columnSpine, 220, v -> String.join(" / ", v.spec().spine())); //$NON-NLS-1$
		TableColumns.<BindingVolume>add(volumes, Messages.columnCallNumber, 120, v -> v.spec().callNumber());
		TableColumns.<BindingVolume>add(volumes, Messages.columnPieces, 60, v -> String.valueOf(v.pieces().size()));
		TableColumns.<BindingVolume>add(volumes, Messages.columnBoundCopy, 100, v -> boundBarcodes.get(v.id()));
		sash.setWeights(45, 55);

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(buttons);
		button(buttons, Messages.newBatch, this::newBatch);
		button(buttons, Messages.addVolume, this::addVolume);
		button(buttons, Messages.removeVolume, this::removeVolume);
		button(buttons, Messages.submit, this::submit);
		button(buttons, Messages.send, this::send);
		button(buttons, Messages.returnBatch, this::returnBatch);
		button(buttons, Messages.slips, this::slips);
		button(buttons, Messages.overdue, this::overdue);
		button(buttons, Messages.refresh, this::refresh);

		status = new Label(parent, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		getSite().setSelectionProvider(batches);
		refresh();
	}

	private TableViewer table(Composite parent, String key) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(WorkbenchIds.WIDGET_KEY, key);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// a plain letter is a command key here, not the mnemonic of a button (those are Alt+letter)
		viewer.getTable().addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_MNEMONIC && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
				e.doit = false;
			}
		});
		viewer.getTable().addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent e) {
				keyOnList(e);
			}
		});
		return viewer;
	}

	private void keyOnList(KeyEvent e) {
		if ((e.stateMask & SWT.MODIFIER_MASK) != 0) {
			return;
		}
		switch (e.keyCode) {
		case SWT.F5 -> refresh();
		case SWT.DEL -> removeVolume();
		default -> {
			switch (Character.toLowerCase(e.character)) {
			case 'n' -> newBatch();
			case 'a' -> addVolume();
			case 'v' -> submit();
			case 's' -> send();
			case 't' -> returnBatch();
			case 'p' -> slips();
			case 'o' -> overdue();
			default -> {
				return;
			}
			}
		}
		}
		e.doit = false;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reloads the batches, keeping the chosen one chosen. */
	public void refresh() {
		BindingBatch chosen = chosenBatch();
		select(chosen == null ? 0 : chosen.id());
	}

	/** Reloads the batches and chooses the one with this id (the first when it is not listed). */
	public void select(long batchId) {
		try {
			Bindery bindery = Binding.bindery();
			List<BindingBatch> all = bindery.batches();
			Reviews review = new Reviews(Services.store().database());
			reviews.clear();
			for (BindingBatch batch : all) {
				review.current(ReviewSubject.BINDING_BATCH, batch.id()).ifPresent(r -> reviews.put(batch.id(), r));
			}
			batches.setInput(all);
			BindingBatch chosen = all.stream().filter(b -> b.id() == batchId).findFirst()
					.orElse(all.isEmpty() ? null : all.get(0));
			batches.setSelection(chosen == null ? StructuredSelection.EMPTY : new StructuredSelection(chosen), true);
			showVolumes();
			long overdue = all.stream().filter(b -> daysOverdue(b) > 0).mapToInt(BindingBatch::volumes).sum();
			say(NLS.bind(Messages.batchCount, all.size(), overdue));
		} catch (StoreException | IllegalStateException e) {
			say(e.getMessage(), true);
		}
	}

	private void showVolumes() {
		BindingBatch batch = selected(batches, BindingBatch.class);
		boundBarcodes.clear();
		if (batch == null) {
			volumes.setInput(List.of());
			return;
		}
		try {
			List<BindingVolume> list = Binding.bindery().volumes(batch.id());
			for (BindingVolume volume : list) {
				if (volume.boundItemId() != 0) {
					boundBarcodes.put(volume.id(), Services.store().items().load(volume.boundItemId()).getBarcode());
				}
			}
			volumes.setInput(list);
		} catch (StoreException | IllegalStateException e) {
			volumes.setInput(List.of());
			say(e.getMessage(), true);
		}
	}

	private BindingBatch chosenBatch() {
		return batches == null ? null : selected(batches, BindingBatch.class);
	}

	/** The chosen batch, or null after saying that one must be chosen. */
	private BindingBatch requireBatch() {
		BindingBatch batch = chosenBatch();
		if (batch == null) {
			say(Messages.chooseBatch, true);
		}
		return batch;
	}

	private void newBatch() {
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.newBatchTitle, Messages.newBatchPrompt,
				lastBindery, null);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			BindingBatch batch = Binding.bindery().open(dialog.getValue());
			lastBindery = batch.bindery();
			select(batch.id());
			say(NLS.bind(Messages.batchOpened, batch.id(), batch.bindery()));
		} catch (StoreException e) {
			Refusals.show(getSite().getShell(), e);
		}
	}

	private void addVolume() {
		BindingBatch batch = requireBatch();
		if (batch == null) {
			return;
		}
		AddVolumeDialog dialog = new AddVolumeDialog(getSite().getShell(), Binding.bindery(), batch);
		if (dialog.open() == Window.OK) {
			BindingVolume added = dialog.added();
			select(batch.id());
			BindingVolume shown = find(added.id());
			if (shown != null) {
				volumes.setSelection(new StructuredSelection(shown), true);
			}
			say(NLS.bind(Messages.volumeAdded, new Object[] { added.spec().label(), added.title(), batch.id(),
					added.pieces().size() }));
		}
	}

	private BindingVolume find(long volumeId) {
		if (!(volumes.getInput() instanceof List<?> shown)) {
			return null;
		}
		for (Object element : shown) {
			if (element instanceof BindingVolume volume && volume.id() == volumeId) {
				return volume;
			}
		}
		return null;
	}

	private void removeVolume() {
		BindingVolume volume = selected(volumes, BindingVolume.class);
		if (volume == null) {
			say(Messages.chooseVolume, true);
			return;
		}
		try {
			Binding.bindery().removeVolume(volume.id());
			select(volume.batchId());
			say(NLS.bind(Messages.volumeRemoved, new Object[] { volume.spec().label(), volume.title(),
					volume.batchId() }));
		} catch (StoreException e) {
			Refusals.show(getSite().getShell(), e);
		}
	}

	/** The librarian's review the batch needs before it may be sent, asked for as "me" (My Work's "I am"). */
	private void submit() {
		BindingBatch batch = requireBatch();
		if (batch == null) {
			return;
		}
		ICommandService commands = getSite().getService(ICommandService.class);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(SubmitBatchHandler.COMMAND),
					Map.of(SubmitBatchHandler.BATCH_PARAMETER, String.valueOf(batch.id()))), null);
			select(batch.id());
			say(NLS.bind(Messages.batchSubmitted, batch.id(), batch.bindery()));
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			Refusals.show(getSite().getShell(), e);
		}
	}

	private String review(BindingBatch batch) {
		Review review = reviews.get(batch.id());
		if (review == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (review.status()) {
		case PENDING -> Messages.reviewPending;
		case APPROVED -> NLS.bind(Messages.reviewApproved, review.decidedByName());
		case RETURNED -> NLS.bind(Messages.reviewReturned, review.decidedByName(), review.comment());
		};
	}

	private void send() {
		BindingBatch batch = requireBatch();
		if (batch == null) {
			return;
		}
		IInputValidator wholeNumber = text -> text.strip().matches("\\d{1,4}") ? null //$NON-NLS-1$
				: NLS.bind(Messages.notAWholeNumber, text);
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.sendTitle,
				NLS.bind(Messages.sendPrompt, batch.id(), batch.bindery()), "42", wholeNumber); //$NON-NLS-1$
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			BindingBatch sent = Binding.bindery().send(batch.id(), LocalDate.now(),
					Integer.parseInt(dialog.getValue().strip()));
			select(sent.id());
			say(NLS.bind(Messages.batchSent, new Object[] { sent.id(), sent.bindery(), sent.dueBack() }));
		} catch (StoreException e) {
			Refusals.show(getSite().getShell(), e);
		}
	}

	private void returnBatch() {
		BindingBatch batch = requireBatch();
		if (batch == null) {
			return;
		}
		try {
			List<BindingVolume> list = Binding.bindery().volumes(batch.id());
			ReturnDialog dialog = new ReturnDialog(getSite().getShell(), Binding.bindery(), batch, list);
			if (dialog.open() == Window.OK) {
				select(batch.id());
				say(NLS.bind(Messages.batchReturned, batch.id(), dialog.boundCopies()));
			}
		} catch (StoreException e) {
			Refusals.show(getSite().getShell(), e);
		}
	}

	private void slips() {
		BindingBatch batch = requireBatch();
		if (batch == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.slipsFile);
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setFileName("binding-slips-" + batch.id() + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			writeSlips(batch, Path.of(file));
		}
	}

	/** Writes the batch's binding slips in the background; the status line says where, an error dialog why not. */
	public SlipsJob writeSlips(BindingBatch batch, Path pdf) {
		SlipsJob job = new SlipsJob(batch, pdf, getSite().getShell().getDisplay(), this::say,
				failure -> Refusals.show(getSite().getShell(), failure));
		job.schedule();
		return job;
	}

	private void overdue() {
		try {
			new OverdueDialog(getSite().getShell(), Binding.bindery().overdue(LocalDate.now())).open();
		} catch (StoreException e) {
			Refusals.show(getSite().getShell(), e);
		}
	}

	private void say(String text) {
		say(text, false);
	}

	/** The status line; what could not be done is red. */
	private void say(String text, boolean refused) {
		if (status.isDisposed()) {
			return;
		}
		status.setText(text == null ? "" : text); //$NON-NLS-1$
		status.setForeground(refused ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		status.getParent().layout(new Control[] { status });
	}

	private Color overdueColour(BindingBatch batch) {
		return daysOverdue(batch) > 0 ? batches.getTable().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
	}

	/** Days a sent batch is past its due date, 0 when it is not. */
	static long daysOverdue(BindingBatch batch) {
		if (batch.status() != BatchStatus.SENT || batch.dueBack() == null) {
			return 0;
		}
		return Math.max(0, ChronoUnit.DAYS.between(batch.dueBack(), LocalDate.now()));
	}

	static String status(BindingBatch batch) {
		return switch (batch.status()) {
		case OPEN -> Messages.statusOpen;
		case SENT -> Messages.statusSent;
		case RETURNED -> Messages.statusReturned;
		};
	}

	private static String text(LocalDate day) {
		return day == null ? "" : day.toString(); //$NON-NLS-1$
	}

	private static <T> T selected(TableViewer viewer, Class<T> type) {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return type.isInstance(first) ? type.cast(first) : null;
	}

	@Override
	public void setFocus() {
		batches.getTable().setFocus();
	}
}
