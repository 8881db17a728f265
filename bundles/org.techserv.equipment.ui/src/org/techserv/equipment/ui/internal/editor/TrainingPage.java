package org.techserv.equipment.ui.internal.editor;

import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__TRAINING;
import static org.techserv.equipment.model.EquipmentPackage.Literals.TRAINING_SESSION__ATTENDEES;
import static org.techserv.equipment.model.EquipmentPackage.Literals.TRAINING_SESSION__CUSTOMER_SIGNED_BY;
import static org.techserv.equipment.model.EquipmentPackage.Literals.TRAINING_SESSION__CUSTOMER_SIGNED_ON;
import static org.techserv.equipment.model.EquipmentPackage.Literals.TRAINING_SESSION__DURATION_MINUTES;
import static org.techserv.equipment.model.EquipmentPackage.Literals.TRAINING_SESSION__TOPICS;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.techserv.ui.forms.FormFields;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.ui.emf.FieldBinding;
import org.techserv.ui.emf.FieldBinding.Creation;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;

/** The training given to the customer's staff: who attended, what was covered, how long, who signed for it. */
final class TrainingPage extends OrderPage {

	static final String ID = "training"; //$NON-NLS-1$

	TrainingPage(ServiceOrderEditor editor, OrderSession session) {
		super(editor, session, ID, Messages.pageTraining);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		var domain = session.domain();
		Composite training = fields.section(body, Messages.sectionTraining, Messages.sectionTrainingDescription);
		FieldBinding.Container create = () -> new Creation(session.order(), SERVICE_ORDER__TRAINING,
				EquipmentFactory.eINSTANCE.createTrainingSession());
		int multi = SWT.MULTI | SWT.WRAP | SWT.V_SCROLL;
		session.register(new TextFieldBinding(domain, fields.text(training, Messages.fieldAttendees, "training.attendees", multi), //$NON-NLS-1$
				() -> session.order().getTraining(), TRAINING_SESSION__ATTENDEES, ValueText.lines()).creatingOwnerWith(create));
		session.register(new TextFieldBinding(domain, fields.text(training, Messages.fieldTopics, "training.topics", multi), //$NON-NLS-1$
				() -> session.order().getTraining(), TRAINING_SESSION__TOPICS, ValueText.lines()).creatingOwnerWith(create));
		session.register(new TextFieldBinding(domain,
				fields.text(training, Messages.fieldDuration, "training.minutes", SWT.SINGLE), //$NON-NLS-1$
				() -> session.order().getTraining(), TRAINING_SESSION__DURATION_MINUTES,
				ValueText.integer(Messages.fieldDuration, false)).creatingOwnerWith(create));
		session.register(new TextFieldBinding(domain,
				fields.text(training, Messages.fieldCustomerSignedBy, "training.signedBy", SWT.SINGLE), //$NON-NLS-1$
				() -> session.order().getTraining(), TRAINING_SESSION__CUSTOMER_SIGNED_BY, ValueText.text())
				.creatingOwnerWith(create));
		session.register(new TextFieldBinding(domain,
				fields.text(training, Messages.fieldCustomerSignedOn, "training.signedOn", SWT.SINGLE), //$NON-NLS-1$
				() -> session.order().getTraining(), TRAINING_SESSION__CUSTOMER_SIGNED_ON,
				ValueText.date(Messages.fieldCustomerSignedOn)).creatingOwnerWith(create));
	}
}
