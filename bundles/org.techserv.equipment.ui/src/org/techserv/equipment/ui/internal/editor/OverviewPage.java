package org.techserv.equipment.ui.internal.editor;

import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__KIND;
import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__REPORTED_PROBLEM;
import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__SIGN_OFF;
import static org.techserv.equipment.model.EquipmentPackage.Literals.SIGN_OFF__COMMENT;
import static org.techserv.equipment.model.EquipmentPackage.Literals.SIGN_OFF__SIGNED_AT;
import static org.techserv.equipment.model.EquipmentPackage.Literals.SIGN_OFF__SIGNED_BY;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.techserv.ui.forms.FormFields;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.util.OrderWorkflow;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Priority;
import org.techserv.ui.emf.ComboFieldBinding;
import org.techserv.ui.emf.FieldBinding;
import org.techserv.ui.emf.FieldBinding.Creation;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;

/** What the order is, where it stands, and the customer's sign-off. */
final class OverviewPage extends OrderPage {

	static final String ID = "overview"; //$NON-NLS-1$

	OverviewPage(ServiceOrderEditor editor, OrderSession session) {
		super(editor, session, ID, Messages.pageOverview);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		var domain = session.domain();
		Composite order = fields.section(body, Messages.sectionOrder, null);
		Label number = fields.value(order, Messages.fieldNumber, "order.number"); //$NON-NLS-1$
		session.register(new TextFieldBinding(domain, fields.text(order, Messages.fieldTitle, "order.title", SWT.SINGLE), //$NON-NLS-1$
				session::order, CorePackage.Literals.WORK_ITEM__TITLE, ValueText.text()));
		ComboFieldBinding kind = new ComboFieldBinding(domain, fields.combo(order, Messages.fieldKind, "order.kind"), //$NON-NLS-1$
				session::order, SERVICE_ORDER__KIND, v -> Labels.of((ServiceKind) v));
		kind.offer(ServiceKind.VALUES);
		session.register(kind);
		ComboFieldBinding status = new ComboFieldBinding(domain, fields.combo(order, Messages.fieldStatus, "order.status"), //$NON-NLS-1$
				session::order, CorePackage.Literals.WORK_ITEM__STATUS, v -> Labels.of(OrderStatus.get((String) v)))
				.checkedBy(this::statusRefusal);
		session.register(status);
		ComboFieldBinding priority = new ComboFieldBinding(domain,
				fields.combo(order, Messages.fieldPriority, "order.priority"), session::order, //$NON-NLS-1$
				CorePackage.Literals.WORK_ITEM__PRIORITY, v -> Labels.of((Priority) v));
		priority.offer(Priority.VALUES);
		session.register(priority);
		session.register(new TextFieldBinding(domain, fields.text(order, Messages.fieldDue, "order.due", SWT.SINGLE), //$NON-NLS-1$
				session::order, CorePackage.Literals.WORK_ITEM__DUE_DATE, ValueText.date(Messages.fieldDue)));

		Composite customer = fields.section(body, Messages.sectionCustomer, null);
		Label customerName = fields.value(customer, Messages.fieldCustomer, "order.customer"); //$NON-NLS-1$
		Label equipment = fields.value(customer, Messages.fieldEquipment, "order.equipment"); //$NON-NLS-1$
		Label site = fields.value(customer, Messages.fieldSite, "order.site"); //$NON-NLS-1$
		session.register(new TextFieldBinding(domain,
				fields.text(customer, Messages.fieldReportedProblem, "order.problem", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), //$NON-NLS-1$
				session::order, SERVICE_ORDER__REPORTED_PROBLEM, ValueText.text()));

		Composite signOff = fields.section(body, Messages.sectionSignOff, Messages.sectionSignOffDescription);
		FieldBinding.Container newSignOff = () -> new Creation(session.order(), SERVICE_ORDER__SIGN_OFF,
				EquipmentFactory.eINSTANCE.createSignOff());
		session.register(new TextFieldBinding(domain, fields.text(signOff, Messages.fieldSignedBy, "signoff.by", SWT.SINGLE), //$NON-NLS-1$
				() -> session.order().getSignOff(), SIGN_OFF__SIGNED_BY, ValueText.text()).creatingOwnerWith(newSignOff));
		session.register(new TextFieldBinding(domain,
				fields.text(signOff, Messages.fieldSignedAt, "signoff.at", SWT.SINGLE), //$NON-NLS-1$
				() -> session.order().getSignOff(), SIGN_OFF__SIGNED_AT,
				ValueText.dateTime(Messages.fieldSignedAt, ZoneId.systemDefault())).creatingOwnerWith(newSignOff));
		session.register(new TextFieldBinding(domain, fields.text(signOff, Messages.fieldComment, "signoff.comment", SWT.SINGLE), //$NON-NLS-1$
				() -> session.order().getSignOff(), SIGN_OFF__COMMENT, ValueText.text()).creatingOwnerWith(newSignOff));
		fields.toolkit().createLabel(signOff, ""); //$NON-NLS-1$
		Button now = fields.button(signOff, Messages.buttonSignedNow, "signoff.now"); //$NON-NLS-1$
		now.addListener(SWT.Selection, e -> signedNow());

		session.onRefresh(() -> {
			ServiceOrder o = session.order();
			number.setText(o.getNumber());
			customerName.setText(o.getCustomer() == null ? "" : o.getCustomer().getDisplayName()); //$NON-NLS-1$
			CustomerEquipment unit = o.getEquipment();
			equipment.setText(unit == null ? "" //$NON-NLS-1$
					: NLS.bind(Messages.equipmentLine, new Object[] { unit.getModel() == null ? "" : unit.getModel().getName(), //$NON-NLS-1$
							unit.getModel() == null ? "" : unit.getModel().getManufacturer() + ' ' + unit.getModel().getModelNumber(), //$NON-NLS-1$
							unit.getSerialNumber() }));
			site.setText(unit == null || unit.getSite() == null ? "" : unit.getSite().getStreet() + ", " + unit.getSite().getCity()); //$NON-NLS-1$ //$NON-NLS-2$
			status.offer(statuses());
			customer.layout();
		});
	}

	/** The stored status and where the workflow lets it go next. */
	private List<String> statuses() {
		List<String> offered = new ArrayList<>();
		OrderStatus stored = session.storedStatus();
		if (stored != null) {
			offered.add(stored.getName());
			OrderWorkflow.next(stored).forEach(s -> offered.add(s.getName()));
		}
		return offered;
	}

	private String statusRefusal(Object value) {
		OrderStatus to = OrderStatus.get((String) value);
		OrderStatus from = session.storedStatus();
		if (to == null || from == null || to == from) {
			return null;
		}
		String refusal = null;
		if (!OrderWorkflow.allowed(from, to)) {
			refusal = NLS.bind(Messages.statusNotAllowed, Labels.of(from), Labels.of(to));
		} else if (to == OrderStatus.COMPLETED && session.order().getSignOff() == null) {
			refusal = NLS.bind(Messages.statusNeedsSignOff, session.order().getNumber());
		}
		if (refusal != null) {
			editor.notice(refusal, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		}
		return refusal;
	}

	private void signedNow() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		SignOff signOff = session.order().getSignOff();
		if (signOff == null) {
			SignOff created = EquipmentFactory.eINSTANCE.createSignOff();
			created.setSignedAt(now);
			session.execute(SetCommand.create(session.domain(), session.order(), SERVICE_ORDER__SIGN_OFF, created));
		} else {
			session.execute(SetCommand.create(session.domain(), signOff, SIGN_OFF__SIGNED_AT, now));
		}
	}
}
