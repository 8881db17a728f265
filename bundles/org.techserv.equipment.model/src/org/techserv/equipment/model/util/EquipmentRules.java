package org.techserv.equipment.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.Visit;
import org.techserv.model.core.CorePackage;

/**
 * The rules of the equipment model, called from the invariants in {@code equipment.ecore}; each problem names
 * its field (diagnostic data: object, feature) for editors and the store.
 */
public final class EquipmentRules {

	public static final int MODEL_NAMED = 1;
	public static final int EQUIPMENT_COMPLETE = 2;
	public static final int STOCK = 3;
	public static final int ORDER_COMPLETE = 4;
	public static final int VISIT_WINDOW = 5;
	public static final int REPAIR_QUANTITIES = 6;

	private EquipmentRules() {
	}

	public static boolean modelNamed(EquipmentModel model, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		if (blank(model.getModelNumber())) {
			valid = report(diagnostics, MODEL_NAMED, Messages.modelNumberRequired, model,
					EquipmentPackage.Literals.EQUIPMENT_MODEL__MODEL_NUMBER);
		}
		if (blank(model.getName())) {
			valid &= report(diagnostics, MODEL_NAMED, Messages.modelNameRequired, model,
					EquipmentPackage.Literals.EQUIPMENT_MODEL__NAME);
		}
		return valid;
	}

	public static boolean equipmentComplete(CustomerEquipment equipment, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		if (blank(equipment.getSerialNumber())) {
			valid = report(diagnostics, EQUIPMENT_COMPLETE, Messages.serialRequired, equipment,
					EquipmentPackage.Literals.CUSTOMER_EQUIPMENT__SERIAL_NUMBER);
		}
		if (equipment.getModel() == null) {
			valid &= report(diagnostics, EQUIPMENT_COMPLETE, Messages.modelRequired, equipment,
					EquipmentPackage.Literals.CUSTOMER_EQUIPMENT__MODEL);
		}
		if (equipment.getInstalledOn() != null && equipment.getWarrantyUntil() != null
				&& equipment.getWarrantyUntil().isBefore(equipment.getInstalledOn())) {
			valid &= report(diagnostics, EQUIPMENT_COMPLETE,
					NLS.bind(Messages.warrantyBeforeInstall, equipment.getWarrantyUntil(), equipment.getInstalledOn()),
					equipment, EquipmentPackage.Literals.CUSTOMER_EQUIPMENT__WARRANTY_UNTIL);
		}
		return valid;
	}

	public static boolean stockNotNegative(SparePart part, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		if (part.getOnHand() < 0) {
			valid = report(diagnostics, STOCK, NLS.bind(Messages.stockNegative, part.getOnHand()), part,
					EquipmentPackage.Literals.SPARE_PART__ON_HAND);
		}
		if (part.getReorderLevel() < 0) {
			valid &= report(diagnostics, STOCK, NLS.bind(Messages.reorderNegative, part.getReorderLevel()), part,
					EquipmentPackage.Literals.SPARE_PART__REORDER_LEVEL);
		}
		if (blank(part.getPartNumber())) {
			valid &= report(diagnostics, STOCK, Messages.partNumberRequired, part,
					EquipmentPackage.Literals.SPARE_PART__PART_NUMBER);
		}
		return valid;
	}

	public static boolean orderComplete(ServiceOrder order, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		if (order.getKind() == null) {
			valid = report(diagnostics, ORDER_COMPLETE, Messages.kindRequired, order,
					EquipmentPackage.Literals.SERVICE_ORDER__KIND);
		}
		if (order.getCustomer() == null) {
			valid &= report(diagnostics, ORDER_COMPLETE, Messages.customerRequired, order,
					EquipmentPackage.Literals.SERVICE_ORDER__CUSTOMER);
		}
		if (OrderWorkflow.status(order) == null) {
			valid &= report(diagnostics, ORDER_COMPLETE, NLS.bind(Messages.unknownStatus, order.getStatus()), order,
					CorePackage.Literals.WORK_ITEM__STATUS);
		}
		return valid;
	}

	public static boolean visitWindow(Visit visit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (visit.getStart() != null && visit.getEnd() != null && !visit.getEnd().isAfter(visit.getStart())) {
			return report(diagnostics, VISIT_WINDOW, NLS.bind(Messages.visitEndsBeforeStart, visit.getEnd(), visit.getStart()),
					visit, EquipmentPackage.Literals.VISIT__END);
		}
		return true;
	}

	public static boolean repairLineQuantities(RepairLine line, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		if (line.getPart() != null && line.getQuantity() <= 0) {
			valid = report(diagnostics, REPAIR_QUANTITIES, NLS.bind(Messages.quantityNotPositive, line.getQuantity()),
					line, EquipmentPackage.Literals.REPAIR_LINE__QUANTITY);
		}
		if (line.getLabourHours() < 0) {
			valid &= report(diagnostics, REPAIR_QUANTITIES, NLS.bind(Messages.labourNegative, line.getLabourHours()),
					line, EquipmentPackage.Literals.REPAIR_LINE__LABOUR_HOURS);
		}
		return valid;
	}

	private static boolean report(DiagnosticChain diagnostics, int code, String message, EObject object,
			EStructuralFeature feature) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, EquipmentValidator.DIAGNOSTIC_SOURCE, code, message,
					new Object[] { object, feature }));
		}
		return false;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
