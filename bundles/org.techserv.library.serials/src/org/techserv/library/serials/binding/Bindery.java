package org.techserv.library.serials.binding;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.internal.BindingMessages;
import org.techserv.library.serials.store.IssueStatus;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.store.emf.EntityTable;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreEvents;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.ValidationException;

/**
 * Binding batches: received issues (or worn copies) chosen into volumes with a binding specification, the batch
 * sent (its issues and copies at the bindery, so they cannot circulate) and returned (each volume of issues a bound
 * copy with its own barcode, its issues bound, their single-issue copies withdrawn; worn copies back on the shelf).
 * Every step is one transaction: a refusal names the issue, copy or barcode and saves nothing.
 */
public final class Bindery {

	private final Database database;
	private final BibliographicRecordRepository records;
	private final ItemRepository items;

	public Bindery(Database database) {
		this.database = database;
		this.records = new BibliographicRecordRepository(database);
		this.items = new ItemRepository(database);
	}

	/** A new open batch for a bindery. */
	public BindingBatch open(String bindery) throws StoreException {
		String name = bindery == null ? "" : bindery.strip(); //$NON-NLS-1$
		if (name.isEmpty()) {
			throw refused(BindingMessages.fieldBindery, name, BindingMessages.binderyRequired);
		}
		return Transactions.inTransaction(database, c -> {
			long id = EntityTable.nextId(c);
			try (PreparedStatement s = c.prepareStatement("INSERT INTO BINDING_BATCH (ID, VERSION, CREATED_BY, " //$NON-NLS-1$
					+ "CREATED_AT, BINDERY, STATUS) VALUES (?, 1, ?, ?, ?, 'OPEN')")) { //$NON-NLS-1$
				s.setLong(1, id);
				s.setString(2, database.user());
				s.setTimestamp(3, Timestamp.from(Instant.now()));
				s.setString(4, name);
				s.executeUpdate();
			}
			StoreEvents.changed(c, StoreEvents.WORK);
			return batch(c, id);
		});
	}

	public BindingBatch batch(long batchId) throws StoreException {
		return Transactions.read(database, c -> batch(c, batchId));
	}

	/** Every batch, the open ones first, then those at the bindery, newest first within each. */
	public List<BindingBatch> batches() throws StoreException {
		return Transactions.read(database, c -> selectBatches(c, "ORDER BY CASE B.STATUS WHEN 'OPEN' THEN 0 " //$NON-NLS-1$
				+ "WHEN 'SENT' THEN 1 ELSE 2 END, B.ID DESC", s -> { //$NON-NLS-1$
				}));
	}

	/** The volumes of a batch in the order they were added, each with its pieces. */
	public List<BindingVolume> volumes(long batchId) throws StoreException {
		return Transactions.read(database, c -> volumes(c, batchId));
	}

	/**
	 * Received issues of the record's subscriptions that are in no batch yet, in the order of the run: what a
	 * volume of this title can be made of.
	 */
	public List<Piece> bindableIssues(long recordId) throws StoreException {
		return Transactions.read(database, c -> {
			List<Piece> pieces = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT I.ID, I.ITEM_ID, I.ENUMERATION, I.CHRONOLOGY " //$NON-NLS-1$
					+ "FROM SERIAL_ISSUE I JOIN SERIAL_SUBSCRIPTION S ON S.ID = I.SUBSCRIPTION_ID " //$NON-NLS-1$
					+ "WHERE S.RECORD_ID = ? AND I.STATUS = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM BINDING_PIECE P " //$NON-NLS-1$
					+ "WHERE P.ISSUE_ID = I.ID) ORDER BY S.ID, I.SEQ")) { //$NON-NLS-1$
				s.setLong(1, recordId);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						pieces.add(new Piece(r.getLong(1), r.getLong(2), PredictedIssue.label(r.getString(3), r.getString(4))));
					}
				}
			}
			return pieces;
		});
	}

	/**
	 * Adds a volume of the record to an open batch: received issues of the record's subscriptions and worn copies
	 * of the record on the shelf, none of them in another batch.
	 */
	public BindingVolume addVolume(long batchId, long recordId, VolumeSpec spec, List<Long> issueIds,
			List<Long> itemIds) throws StoreException {
		checkSpec(spec);
		if (issueIds.isEmpty() && itemIds.isEmpty()) {
			throw refused(BindingMessages.fieldVolume, spec.label(), NLS.bind(BindingMessages.nothingToBind, spec.label()));
		}
		return Transactions.inTransaction(database, c -> {
			requireStatus(c, batchId, BatchStatus.OPEN);
			requireChangeable(c, batchId);
			List<Piece> pieces = new ArrayList<>();
			for (long issueId : issueIds) {
				pieces.add(bindableIssue(c, issueId, recordId, spec.label()));
			}
			for (long itemId : itemIds) {
				pieces.add(bindableCopy(c, itemId, recordId, spec.label()));
			}
			long id = EntityTable.nextId(c);
			try (PreparedStatement s = c.prepareStatement("INSERT INTO BINDING_VOLUME (ID, BATCH_ID, RECORD_ID, LABEL, " //$NON-NLS-1$
					+ "COLOUR, COVER, SPINE, CALL_NUMBER) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				s.setLong(1, id);
				s.setLong(2, batchId);
				s.setLong(3, recordId);
				s.setString(4, spec.label().strip());
				s.setString(5, spec.colour().strip());
				s.setString(6, spec.cover().strip());
				s.setString(7, String.join("\n", spec.spine().stream().map(String::strip).toList())); //$NON-NLS-1$
				s.setString(8, blankToNull(spec.callNumber()));
				s.executeUpdate();
			}
			try (PreparedStatement s = c.prepareStatement(
					"INSERT INTO BINDING_PIECE (VOLUME_ID, SEQ, ISSUE_ID, ITEM_ID) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
				int seq = 1;
				for (Piece piece : pieces) {
					s.setLong(1, id);
					s.setInt(2, seq++);
					if (piece.issueId() != 0) {
						s.setLong(3, piece.issueId());
						s.setNull(4, java.sql.Types.BIGINT);
					} else {
						s.setNull(3, java.sql.Types.BIGINT);
						s.setLong(4, piece.itemId());
					}
					s.addBatch();
				}
				s.executeBatch();
			}
			return volumes(c, batchId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
		});
	}

	/** Takes a volume out of its batch while the batch is open; its issues and copies are free again. */
	public void removeVolume(long volumeId) throws StoreException {
		Transactions.inTransaction(database, c -> {
			long batchId = batchOfVolume(c, volumeId);
			requireStatus(c, batchId, BatchStatus.OPEN);
			requireChangeable(c, batchId);
			try (PreparedStatement s = c.prepareStatement("DELETE FROM BINDING_VOLUME WHERE ID = ?")) { //$NON-NLS-1$
				s.setLong(1, volumeId);
				s.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * Submits an open batch with at least one volume for a librarian's review by the staff person {@code staffId};
	 * it can be sent once a librarian approved it ({@link Reviews}).
	 */
	public Review submitForReview(long batchId, long staffId) throws StoreException {
		return Transactions.inTransaction(database, c -> {
			requireStatus(c, batchId, BatchStatus.OPEN);
			BindingBatch batch = batch(c, batchId);
			if (batch.volumes() == 0) {
				throw refused(BindingMessages.fieldBatch, String.valueOf(batchId),
						NLS.bind(BindingMessages.batchEmpty, batchId));
			}
			return Reviews.submit(c, database, ReviewSubject.BINDING_BATCH, batchId, batch.bindery(), staffId);
		});
	}

	/**
	 * Sends an open batch a librarian approved: due back after {@code days}; its issues are at the bindery and so
	 * are its copies (the issues' own and the worn ones), which therefore cannot be checked out.
	 */
	public BindingBatch send(long batchId, LocalDate day, int days) throws StoreException {
		if (days < 1) {
			throw refused(BindingMessages.fieldDays, String.valueOf(days), NLS.bind(BindingMessages.daysTooFew, days));
		}
		return Transactions.inTransaction(database, c -> {
			requireStatus(c, batchId, BatchStatus.OPEN);
			List<BindingVolume> volumes = volumes(c, batchId);
			if (volumes.isEmpty()) {
				throw refused(BindingMessages.fieldBatch, String.valueOf(batchId),
						NLS.bind(BindingMessages.batchEmpty, batchId));
			}
			requireApproved(c, batch(c, batchId));
			for (BindingVolume volume : volumes) {
				for (Piece piece : volume.pieces()) {
					if (piece.issueId() != 0) {
						setIssueStatus(c, piece, "RECEIVED", "AT_BINDERY"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					if (piece.itemId() != 0) {
						moveCopy(c, piece.itemId(), ItemStatus.AVAILABLE, ItemStatus.AT_BINDERY);
					}
				}
			}
			try (PreparedStatement s = c.prepareStatement("UPDATE BINDING_BATCH SET STATUS = 'SENT', SENT = ?, " //$NON-NLS-1$
					+ "DUE_BACK = ?, VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'OPEN'")) { //$NON-NLS-1$
				s.setDate(1, Date.valueOf(day));
				s.setDate(2, Date.valueOf(day.plusDays(days)));
				s.setLong(3, batchId);
				if (s.executeUpdate() == 0) {
					throw changed(NLS.bind(BindingMessages.batchNotFound, batchId));
				}
			}
			StoreEvents.changed(c, StoreEvents.WORK);
			return batch(c, batchId);
		});
	}

	/**
	 * The batch came back. Each volume of issues becomes a bound copy with the barcode given for it (its call
	 * number the specification's, else the record's with the volume's label), its issues are bound and the copies
	 * single issues had become are withdrawn; worn copies are back on the shelf with their own barcodes.
	 *
	 * @param barcodes the new copy's barcode by volume id, for every volume of issues
	 */
	public BindingBatch receive(long batchId, LocalDate day, Map<Long, String> barcodes) throws StoreException {
		return Transactions.inTransaction(database, c -> {
			requireStatus(c, batchId, BatchStatus.SENT);
			List<BindingVolume> volumes = volumes(c, batchId);
			Map<String, String> given = new HashMap<>();
			Map<Long, String> chosen = new HashMap<>();
			for (BindingVolume volume : volumes) {
				if (hasIssues(volume)) {
					String barcode = barcodes.getOrDefault(volume.id(), "").strip(); //$NON-NLS-1$
					String label = volume.spec().label();
					if (barcode.isEmpty()) {
						throw refused(BindingMessages.fieldBarcode, label, NLS.bind(BindingMessages.barcodeRequired, label));
					}
					String other = given.put(barcode, label);
					if (other != null) {
						throw refused(BindingMessages.fieldBarcode, barcode,
								NLS.bind(BindingMessages.barcodeTwice, new Object[] { barcode, other, label }));
					}
					if (barcodeUsed(c, barcode)) {
						throw refused(BindingMessages.fieldBarcode, barcode,
								NLS.bind(BindingMessages.barcodeInUse, barcode, label));
					}
					chosen.put(volume.id(), barcode);
				}
			}
			for (BindingVolume volume : volumes) {
				if (hasIssues(volume)) {
					long bound = boundCopy(c, volume, chosen.get(volume.id()));
					try (PreparedStatement s = c.prepareStatement(
							"UPDATE BINDING_VOLUME SET BOUND_ITEM_ID = ? WHERE ID = ?")) { //$NON-NLS-1$
						s.setLong(1, bound);
						s.setLong(2, volume.id());
						s.executeUpdate();
					}
				}
				for (Piece piece : volume.pieces()) {
					if (piece.issueId() != 0) {
						setIssueStatus(c, piece, "AT_BINDERY", "BOUND"); //$NON-NLS-1$ //$NON-NLS-2$
						if (piece.itemId() != 0) {
							moveCopy(c, piece.itemId(), ItemStatus.AT_BINDERY, ItemStatus.WITHDRAWN);
						}
					} else {
						moveCopy(c, piece.itemId(), ItemStatus.AT_BINDERY, ItemStatus.AVAILABLE);
					}
				}
			}
			try (PreparedStatement s = c.prepareStatement("UPDATE BINDING_BATCH SET STATUS = 'RETURNED', RETURNED = ?, " //$NON-NLS-1$
					+ "VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'SENT'")) { //$NON-NLS-1$
				s.setDate(1, Date.valueOf(day));
				s.setLong(2, batchId);
				if (s.executeUpdate() == 0) {
					throw changed(NLS.bind(BindingMessages.batchNotFound, batchId));
				}
			}
			StoreEvents.changed(c, StoreEvents.WORK);
			return batch(c, batchId);
		});
	}

	/** Volumes still at the bindery after their batch was due back, the longest overdue first. */
	public List<OverdueVolume> overdue(LocalDate today) throws StoreException {
		return Transactions.read(database, c -> {
			List<OverdueVolume> overdue = new ArrayList<>();
			List<BindingBatch> late = selectBatches(c, "WHERE B.STATUS = 'SENT' AND B.DUE_BACK < ? ORDER BY B.DUE_BACK, B.ID", //$NON-NLS-1$
					s -> s.setDate(1, Date.valueOf(today)));
			for (BindingBatch batch : late) {
				for (BindingVolume volume : volumes(c, batch.id())) {
					overdue.add(new OverdueVolume(batch, volume, ChronoUnit.DAYS.between(batch.dueBack(), today)));
				}
			}
			return overdue;
		});
	}

	// --- checks

	private static void checkSpec(VolumeSpec spec) throws ValidationException {
		String label = spec.label() == null ? "" : spec.label().strip(); //$NON-NLS-1$
		if (label.isEmpty()) {
			throw refused(BindingMessages.fieldVolume, label, BindingMessages.labelRequired);
		}
		if (spec.colour() == null || spec.colour().isBlank()) {
			throw refused(BindingMessages.fieldColour, "", NLS.bind(BindingMessages.colourRequired, label)); //$NON-NLS-1$
		}
		if (spec.cover() == null || spec.cover().isBlank()) {
			throw refused(BindingMessages.fieldCover, "", NLS.bind(BindingMessages.coverRequired, label)); //$NON-NLS-1$
		}
		if (spec.spine().stream().allMatch(String::isBlank)) {
			throw refused(BindingMessages.fieldSpine, "", NLS.bind(BindingMessages.spineRequired, label)); //$NON-NLS-1$
		}
	}

	private static Piece bindableIssue(Connection c, long issueId, long recordId, String volume)
			throws SQLException, StoreException {
		try (PreparedStatement s = c.prepareStatement("SELECT S.RECORD_ID, R.TITLE, I.STATUS, I.ITEM_ID, " //$NON-NLS-1$
				+ "I.ENUMERATION, I.CHRONOLOGY FROM SERIAL_ISSUE I JOIN SERIAL_SUBSCRIPTION S ON S.ID = I.SUBSCRIPTION_ID " //$NON-NLS-1$
				+ "JOIN LIBRARY_RECORD R ON R.ID = S.RECORD_ID WHERE I.ID = ?")) { //$NON-NLS-1$
			s.setLong(1, issueId);
			try (ResultSet r = s.executeQuery()) {
				if (!r.next()) {
					throw refused(BindingMessages.fieldIssue, String.valueOf(issueId),
							NLS.bind(BindingMessages.issueNotFound, issueId));
				}
				String label = PredictedIssue.label(r.getString(5), r.getString(6));
				String title = r.getString(2);
				if (r.getLong(1) != recordId) {
					throw refused(BindingMessages.fieldIssue, label,
							NLS.bind(BindingMessages.issueOfAnotherTitle, new Object[] { label, title, volume }));
				}
				if (!"RECEIVED".equals(r.getString(3))) { //$NON-NLS-1$
					throw refused(BindingMessages.fieldIssue, label, NLS.bind(BindingMessages.issueNotReceived,
							new Object[] { label, title, IssueStatus.valueOf(r.getString(3)).label() }));
				}
				long inBatch = batchHolding(c, "ISSUE_ID", issueId); //$NON-NLS-1$
				if (inBatch != 0) {
					throw refused(BindingMessages.fieldIssue, label,
							NLS.bind(BindingMessages.issueInBatch, new Object[] { label, title, inBatch }));
				}
				return new Piece(issueId, r.getLong(4), label);
			}
		}
	}

	private Piece bindableCopy(Connection c, long itemId, long recordId, String volume)
			throws SQLException, StoreException {
		Item item;
		try {
			item = items.load(c, itemId);
		} catch (StoreException e) {
			throw refused(BindingMessages.fieldCopy, String.valueOf(itemId), NLS.bind(BindingMessages.copyNotFound, itemId));
		}
		String barcode = item.getBarcode();
		if (item.getRecord() == null || item.getRecord().getId() != recordId) {
			throw refused(BindingMessages.fieldCopy, barcode, NLS.bind(BindingMessages.copyOfAnotherTitle, barcode, volume));
		}
		if (item.getStatus() != ItemStatus.AVAILABLE) {
			throw refused(BindingMessages.fieldCopy, barcode, NLS.bind(BindingMessages.copyNotOnShelf, barcode,
					word(item.getStatus())));
		}
		long inBatch = batchHolding(c, "ITEM_ID", itemId); //$NON-NLS-1$
		if (inBatch != 0) {
			throw refused(BindingMessages.fieldCopy, barcode, NLS.bind(BindingMessages.copyInBatch, barcode, inBatch));
		}
		try (PreparedStatement s = c.prepareStatement(
				"SELECT ENUMERATION, CHRONOLOGY FROM SERIAL_ISSUE WHERE ITEM_ID = ?")) { //$NON-NLS-1$
			s.setLong(1, itemId);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					throw refused(BindingMessages.fieldCopy, barcode, NLS.bind(BindingMessages.copyIsAnIssue,
							new Object[] { barcode, PredictedIssue.label(r.getString(1), r.getString(2)),
									item.getRecord().getTitle() }));
				}
			}
		}
		return new Piece(0, itemId, barcode);
	}

	/** The batch not yet returned that holds the issue or copy, or 0. */
	private static long batchHolding(Connection c, String column, long id) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT V.BATCH_ID FROM BINDING_PIECE P JOIN BINDING_VOLUME V " //$NON-NLS-1$
				+ "ON V.ID = P.VOLUME_ID JOIN BINDING_BATCH B ON B.ID = V.BATCH_ID WHERE P." + column //$NON-NLS-1$
				+ " = ? AND B.STATUS <> 'RETURNED'")) { //$NON-NLS-1$
			s.setLong(1, id);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? r.getLong(1) : 0;
			}
		}
	}

	private static void requireStatus(Connection c, long batchId, BatchStatus wanted) throws SQLException, StoreException {
		BindingBatch batch = batch(c, batchId);
		if (batch.status() != wanted) {
			String status = switch (batch.status()) {
			case OPEN -> BindingMessages.batch_OPEN;
			case SENT -> BindingMessages.batch_SENT;
			case RETURNED -> BindingMessages.batch_RETURNED;
			};
			String message = wanted == BatchStatus.OPEN ? BindingMessages.batchNotOpen : BindingMessages.batchNotSent;
			throw refused(BindingMessages.fieldBatch, String.valueOf(batchId), NLS.bind(message, batchId, status));
		}
	}

	/**
	 * The volumes of a batch awaiting review or approved stay as the librarian sees or saw them, so that an
	 * approval covers what is sent; a returned batch is changed and submitted again.
	 */
	private static void requireChangeable(Connection c, long batchId) throws SQLException, StoreException {
		Optional<Review> review = Reviews.current(c, ReviewSubject.BINDING_BATCH, batchId);
		if (review.isPresent() && review.get().status() != ReviewStatus.RETURNED) {
			BindingBatch batch = batch(c, batchId);
			throw refused(BindingMessages.fieldBatch, String.valueOf(batchId), NLS.bind(BindingMessages.batchUnderReview,
					new Object[] { batchId, batch.bindery(), reviewWord(review.get().status()) }));
		}
	}

	/** A batch leaves only with a librarian's approval, checked in the sending transaction. */
	private static void requireApproved(Connection c, BindingBatch batch) throws SQLException, StoreException {
		Optional<Review> review = Reviews.current(c, ReviewSubject.BINDING_BATCH, batch.id());
		if (review.isEmpty()) {
			throw refused(BindingMessages.fieldBatch, String.valueOf(batch.id()),
					NLS.bind(BindingMessages.batchNotSubmitted, batch.id(), batch.bindery()));
		}
		if (review.get().status() != ReviewStatus.APPROVED) {
			throw refused(BindingMessages.fieldBatch, String.valueOf(batch.id()), NLS.bind(BindingMessages.batchNotApproved,
					new Object[] { batch.id(), batch.bindery(), reviewWord(review.get().status()) }));
		}
	}

	private static String reviewWord(ReviewStatus status) {
		return switch (status) {
		case PENDING -> BindingMessages.review_PENDING;
		case APPROVED -> BindingMessages.review_APPROVED;
		case RETURNED -> BindingMessages.review_RETURNED;
		};
	}

	private static void setIssueStatus(Connection c, Piece piece, String from, String to)
			throws SQLException, StoreException {
		try (PreparedStatement s = c.prepareStatement("UPDATE SERIAL_ISSUE SET STATUS = ? WHERE ID = ? AND STATUS = ?")) { //$NON-NLS-1$
			s.setString(1, to);
			s.setLong(2, piece.issueId());
			s.setString(3, from);
			if (s.executeUpdate() == 0) {
				throw changed(piece.label());
			}
		}
	}

	/** Moves a copy from one status to another through the item repository (audited, version checked). */
	/** "on loan" for ON_LOAN, in the user's language. */
	private static String word(ItemStatus status) {
		return switch (status) {
		case IN_PROCESSING -> BindingMessages.copy_IN_PROCESSING;
		case AVAILABLE -> BindingMessages.copy_AVAILABLE;
		case ON_LOAN -> BindingMessages.copy_ON_LOAN;
		case AT_BINDERY -> BindingMessages.copy_AT_BINDERY;
		case MISSING -> BindingMessages.copy_MISSING;
		case WITHDRAWN -> BindingMessages.copy_WITHDRAWN;
		};
	}

	private void moveCopy(Connection c, long itemId, ItemStatus from, ItemStatus to) throws SQLException, StoreException {
		Item item = items.load(c, itemId);
		if (item.getStatus() != from) {
			throw refused(BindingMessages.fieldCopy, item.getBarcode(), NLS.bind(BindingMessages.copyNotOnShelf,
					item.getBarcode(), word(item.getStatus())));
		}
		item.setStatus(to);
		items.save(c, item);
	}

	private long boundCopy(Connection c, BindingVolume volume, String barcode) throws SQLException, StoreException {
		BibliographicRecord record = records.load(c, volume.recordId());
		int copy = 1;
		try (PreparedStatement s = c.prepareStatement("SELECT MAX(COPY_NUMBER) FROM LIBRARY_ITEM WHERE RECORD_ID = ?")) { //$NON-NLS-1$
			s.setLong(1, volume.recordId());
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					copy = r.getInt(1) + 1;
				}
			}
		}
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(record);
		item.setBarcode(barcode);
		item.setCallNumber(callNumber(volume, record));
		item.setLocation(location(c, volume));
		item.setCopyNumber(copy);
		item.setStatus(ItemStatus.AVAILABLE);
		items.save(c, item);
		return item.getId();
	}

	/** The specification's call number, else the record's followed by the volume's label. */
	private static String callNumber(BindingVolume volume, BibliographicRecord record) {
		String given = volume.spec().callNumber();
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String own = record.getCallNumber();
		return own == null || own.isBlank() ? volume.spec().label() : own.strip() + ' ' + volume.spec().label();
	}

	/** Where the subscription keeps its issues: the bound volume goes there too. */
	private static String location(Connection c, BindingVolume volume) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT S.LOCATION FROM BINDING_PIECE P JOIN SERIAL_ISSUE I " //$NON-NLS-1$
				+ "ON I.ID = P.ISSUE_ID JOIN SERIAL_SUBSCRIPTION S ON S.ID = I.SUBSCRIPTION_ID WHERE P.VOLUME_ID = ? " //$NON-NLS-1$
				+ "ORDER BY P.SEQ")) { //$NON-NLS-1$
			s.setLong(1, volume.id());
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? r.getString(1) : null;
			}
		}
	}

	private static boolean barcodeUsed(Connection c, String barcode) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM LIBRARY_ITEM WHERE BARCODE = ?")) { //$NON-NLS-1$
			s.setString(1, barcode);
			try (ResultSet r = s.executeQuery()) {
				return r.next();
			}
		}
	}

	private static boolean hasIssues(BindingVolume volume) {
		return volume.pieces().stream().anyMatch(p -> p.issueId() != 0);
	}

	// --- reading

	private interface Parameters {
		void set(PreparedStatement statement) throws SQLException;
	}

	private static BindingBatch batch(Connection c, long batchId) throws SQLException, StoreException {
		List<BindingBatch> found = selectBatches(c, "WHERE B.ID = ?", s -> s.setLong(1, batchId)); //$NON-NLS-1$
		if (found.isEmpty()) {
			throw refused(BindingMessages.fieldBatch, String.valueOf(batchId), NLS.bind(BindingMessages.batchNotFound, batchId));
		}
		return found.get(0);
	}

	private static List<BindingBatch> selectBatches(Connection c, String clause, Parameters parameters)
			throws SQLException {
		List<BindingBatch> batches = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT B.ID, B.BINDERY, B.STATUS, B.SENT, B.DUE_BACK, B.RETURNED, " //$NON-NLS-1$
				+ "(SELECT COUNT(*) FROM BINDING_VOLUME V WHERE V.BATCH_ID = B.ID) FROM BINDING_BATCH B " + clause)) { //$NON-NLS-1$
			parameters.set(s);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					batches.add(new BindingBatch(r.getLong(1), r.getString(2), BatchStatus.valueOf(r.getString(3)),
							date(r, 4), date(r, 5), date(r, 6), r.getInt(7)));
				}
			}
		}
		return batches;
	}

	private static List<BindingVolume> volumes(Connection c, long batchId) throws SQLException {
		Map<Long, List<Piece>> pieces = new HashMap<>();
		try (PreparedStatement s = c.prepareStatement("SELECT P.VOLUME_ID, P.ISSUE_ID, COALESCE(P.ITEM_ID, I.ITEM_ID), " //$NON-NLS-1$
				+ "I.ENUMERATION, I.CHRONOLOGY, C.BARCODE FROM BINDING_PIECE P JOIN BINDING_VOLUME V ON V.ID = P.VOLUME_ID " //$NON-NLS-1$
				+ "LEFT JOIN SERIAL_ISSUE I ON I.ID = P.ISSUE_ID LEFT JOIN LIBRARY_ITEM C ON C.ID = P.ITEM_ID " //$NON-NLS-1$
				+ "WHERE V.BATCH_ID = ? ORDER BY P.VOLUME_ID, P.SEQ")) { //$NON-NLS-1$
			s.setLong(1, batchId);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					long issueId = r.getLong(2);
					String label = issueId != 0 ? PredictedIssue.label(r.getString(4), r.getString(5)) : r.getString(6);
					pieces.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Piece(issueId, r.getLong(3), label));
				}
			}
		}
		List<BindingVolume> volumes = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT V.ID, V.RECORD_ID, R.TITLE, V.LABEL, V.COLOUR, V.COVER, " //$NON-NLS-1$
				+ "V.SPINE, V.CALL_NUMBER, V.BOUND_ITEM_ID FROM BINDING_VOLUME V JOIN LIBRARY_RECORD R ON R.ID = V.RECORD_ID " //$NON-NLS-1$
				+ "WHERE V.BATCH_ID = ? ORDER BY V.ID")) { //$NON-NLS-1$
			s.setLong(1, batchId);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					VolumeSpec spec = new VolumeSpec(r.getString(4), r.getString(5), r.getString(6),
							List.of(r.getString(7).split("\n")), r.getString(8)); //$NON-NLS-1$
					volumes.add(new BindingVolume(r.getLong(1), batchId, r.getLong(2), r.getString(3), spec, r.getLong(9),
							pieces.getOrDefault(r.getLong(1), List.of())));
				}
			}
		}
		return volumes;
	}

	private static long batchOfVolume(Connection c, long volumeId) throws SQLException, StoreException {
		try (PreparedStatement s = c.prepareStatement("SELECT BATCH_ID FROM BINDING_VOLUME WHERE ID = ?")) { //$NON-NLS-1$
			s.setLong(1, volumeId);
			try (ResultSet r = s.executeQuery()) {
				if (!r.next()) {
					throw refused(BindingMessages.fieldVolume, String.valueOf(volumeId),
							NLS.bind(BindingMessages.volumeNotFound, volumeId));
				}
				return r.getLong(1);
			}
		}
	}

	private static LocalDate date(ResultSet r, int column) throws SQLException {
		Date date = r.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ValidationException refused(String field, String value, String message) {
		return new ValidationException(List.of(new FieldProblem(field, value, message)), null, null);
	}

	private static ValidationException changed(String what) {
		return new ValidationException(List.of(new FieldProblem(what, what,
				NLS.bind(BindingMessages.changedMeanwhile, what))), null, null);
	}

	// --- added for the Binding view (queries only)

	/**
	 * What the Add Volume dialog offers: the titles with received issues in no batch yet, and the serial titles
	 * (those with a subscription) with copies that may go to the bindery ({@link #bindableCopies}), by title. A
	 * worn copy of any other title is found by its barcode ({@link #copyToBind}), so the list stays as short as the
	 * library's serials however large the catalogue.
	 */
	public List<BindableTitle> bindableTitles() throws StoreException {
		return Transactions.read(database, c -> {
			List<BindableTitle> titles = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement(BINDABLE_TITLE
					+ "WHERE R.ID IN (SELECT RECORD_ID FROM SERIAL_SUBSCRIPTION) ORDER BY R.TITLE, R.ID")) { //$NON-NLS-1$
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						BindableTitle title = bindableTitle(r);
						if (title.issues() > 0 || title.copies() > 0) {
							titles.add(title);
						}
					}
				}
			}
			return titles;
		});
	}

	/** A received issue in no batch yet (SERIAL_ISSUE I). */
	private static final String FREE_ISSUE = "I.STATUS = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM BINDING_PIECE P " //$NON-NLS-1$
			+ "WHERE P.ISSUE_ID = I.ID)"; //$NON-NLS-1$
	/**
	 * A copy (LIBRARY_ITEM C) {@link #addVolume} takes as a worn copy: on the shelf, not a single issue's copy (the
	 * issue is bound instead) and in no batch that is not back yet.
	 */
	private static final String FREE_COPY = "C.STATUS = 'AVAILABLE' AND NOT EXISTS (SELECT 1 FROM SERIAL_ISSUE I " //$NON-NLS-1$
			+ "WHERE I.ITEM_ID = C.ID) AND NOT EXISTS (SELECT 1 FROM BINDING_PIECE P JOIN BINDING_VOLUME V " //$NON-NLS-1$
			+ "ON V.ID = P.VOLUME_ID JOIN BINDING_BATCH B ON B.ID = V.BATCH_ID WHERE P.ITEM_ID = C.ID " //$NON-NLS-1$
			+ "AND B.STATUS <> 'RETURNED')"; //$NON-NLS-1$

	/** A title (LIBRARY_RECORD R) with how many of its issues and copies may be bound; add the WHERE clause. */
	private static final String BINDABLE_TITLE = "SELECT R.ID, R.TITLE, (SELECT COUNT(*) FROM SERIAL_ISSUE I " //$NON-NLS-1$
			+ "JOIN SERIAL_SUBSCRIPTION S ON S.ID = I.SUBSCRIPTION_ID WHERE S.RECORD_ID = R.ID AND " + FREE_ISSUE + "), " //$NON-NLS-1$ //$NON-NLS-2$
			+ "(SELECT COUNT(*) FROM LIBRARY_ITEM C WHERE C.RECORD_ID = R.ID AND " + FREE_COPY + ") " //$NON-NLS-1$ //$NON-NLS-2$
			+ "FROM LIBRARY_RECORD R "; //$NON-NLS-1$

	private static BindableTitle bindableTitle(ResultSet row) throws SQLException {
		return new BindableTitle(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4));
	}

	/**
	 * The record's copies that may go to the bindery as worn copies (on the shelf, not a single issue's copy, in no
	 * batch), by copy number; each piece is labelled with its barcode.
	 */
	public List<Piece> bindableCopies(long recordId) throws StoreException {
		return Transactions.read(database, c -> {
			List<Piece> pieces = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT C.ID, C.BARCODE FROM LIBRARY_ITEM C " //$NON-NLS-1$
					+ "WHERE C.RECORD_ID = ? AND " + FREE_COPY + " ORDER BY C.COPY_NUMBER, C.ID")) { //$NON-NLS-1$ //$NON-NLS-2$
				s.setLong(1, recordId);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						pieces.add(new Piece(0, r.getLong(1), r.getString(2)));
					}
				}
			}
			return pieces;
		});
	}

	/**
	 * The title of the copy with this barcode, with what of it may be bound, when the copy may go to the bindery as
	 * a worn copy; refused in {@link #addVolume}'s words (naming the barcode) when not.
	 */
	public BindableTitle copyToBind(String barcode) throws StoreException {
		String wanted = barcode == null ? "" : barcode.strip(); //$NON-NLS-1$
		return Transactions.read(database, c -> {
			long itemId = 0;
			long recordId = 0;
			try (PreparedStatement s = c.prepareStatement("SELECT ID, RECORD_ID FROM LIBRARY_ITEM WHERE BARCODE = ?")) { //$NON-NLS-1$
				s.setString(1, wanted);
				try (ResultSet r = s.executeQuery()) {
					if (r.next()) {
						itemId = r.getLong(1);
						recordId = r.getLong(2);
					}
				}
			}
			if (itemId == 0) {
				throw refused(BindingMessages.fieldCopy, wanted, NLS.bind(BindingMessages.copyBarcodeNotFound, wanted));
			}
			bindableCopy(c, itemId, recordId, ""); //$NON-NLS-1$
			try (PreparedStatement s = c.prepareStatement(BINDABLE_TITLE + "WHERE R.ID = ?")) { //$NON-NLS-1$
				s.setLong(1, recordId);
				try (ResultSet r = s.executeQuery()) {
					r.next();
					return bindableTitle(r);
				}
			}
		});
	}
}
