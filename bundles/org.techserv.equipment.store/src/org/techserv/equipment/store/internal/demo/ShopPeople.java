package org.techserv.equipment.store.internal.demo;

import static org.techserv.model.core.QualificationKind.ELECTRICIAN;
import static org.techserv.model.core.QualificationKind.ENGINEERING_DEGREE;
import static org.techserv.model.core.QualificationKind.GAS_FITTER;
import static org.techserv.model.core.QualificationKind.HEATING_COOLING;
import static org.techserv.model.core.QualificationKind.REFRIGERATION;
import static org.techserv.model.core.QualificationKind.VOCATIONAL_DIPLOMA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.techserv.model.core.Address;
import org.techserv.model.core.AddressKind;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.CustomerRole;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Party;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/** The demo shop's technicians (licences valid, expiring and expired relative to today) and its customers. */
final class ShopPeople {

	private static final CoreFactory CORE = CoreFactory.eINSTANCE;
	private static final String[][] CITIES = { { "Bandung", "Jawa Barat", "40" }, { "Jakarta Selatan", "DKI Jakarta", "12" },
			{ "Surabaya", "Jawa Timur", "60" }, { "Semarang", "Jawa Tengah", "50" }, { "Yogyakarta", "DI Yogyakarta", "55" },
			{ "Bekasi", "Jawa Barat", "17" } };
	private static final String[] STREETS = { "Jl. Asia Afrika", "Jl. Braga", "Jl. Sudirman", "Jl. Gatot Subroto",
			"Jl. Pemuda", "Jl. Malioboro", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jl. Merdeka", "Jl. Pahlawan" };
	private static final String[] CUSTOMERS = { "Hotel Savoy Homann", "RS Hasan Sadikin", "PT Kereta Api Indonesia",
			"Universitas Padjadjaran", "Bank BJB Cabang Braga", "Hotel Tentrem", "RS Siloam Semanggi", "PT Pindad",
			"Mall Paris Van Java", "SMA Negeri 3 Bandung", "PT Bio Farma", "Trans Studio Mall", "Hotel Majapahit",
			"RS Dr. Soetomo", "PT Semen Gresik", "Universitas Airlangga", "Kantor Pos Besar Semarang", "Lawang Sewu Museum",
			"PT Djarum Kudus", "Hotel Phoenix Yogyakarta", "Universitas Gadjah Mada", "Ambarrukmo Plaza",
			"RSUP Dr. Sardjito", "PT Sari Husada", "Summarecon Mall Bekasi", "PT Astra Honda Motor Cikarang",
			"Gedung Sate", "Masjid Raya Bandung", "Perpustakaan Nasional RI", "PT Telkom Indonesia" };
	private static final String[][] HOUSEHOLDS = { { "Siti", "Rahmawati" }, { "Budi", "Hartono" }, { "Dewi", "Kusuma" },
			{ "Hendra", "Gunawan" }, { "Rina", "Marlina" }, { "Yusuf", "Pratama" } };

	private ShopPeople() {
	}

	/** Ten technicians; a few licences expired or expiring soon, as in any real shop. */
	static List<Person> technicians(LocalDate today) {
		List<Person> staff = new ArrayList<>();
		staff.add(technician("Agus", "Wibowo", 1, today, licence(ELECTRICIAN, 400), licence(HEATING_COOLING, 500)));
		staff.add(technician("Budi", "Santoso", 2, today, licence(ELECTRICIAN, 200)));
		staff.add(technician("Citra", "Lestari", 3, today, licence(ELECTRICIAN, 300), licence(HEATING_COOLING, 12)));
		staff.add(technician("Dedi", "Kurniawan", 4, today, licence(ELECTRICIAN, 600), licence(REFRIGERATION, 250),
				licence(ENGINEERING_DEGREE, null)));
		staff.add(technician("Eko", "Prasetyo", 5, today, licence(ELECTRICIAN, -20), licence(HEATING_COOLING, 700)));
		staff.add(technician("Fitri", "Handayani", 6, today, licence(GAS_FITTER, 180), licence(ELECTRICIAN, 90)));
		staff.add(technician("Gilang", "Ramadhan", 7, today, licence(VOCATIONAL_DIPLOMA, null), licence(ELECTRICIAN, 25)));
		staff.add(technician("Hadi", "Susanto", 8, today, licence(REFRIGERATION, 330), licence(ELECTRICIAN, 330)));
		staff.add(technician("Indah", "Permatasari", 9, today, licence(HEATING_COOLING, 150), licence(ELECTRICIAN, 150),
				licence(VOCATIONAL_DIPLOMA, null)));
		staff.add(technician("Joko", "Widodo", 10, today, licence(GAS_FITTER, -3), licence(VOCATIONAL_DIPLOMA, null),
				licence(ELECTRICIAN, 800)));
		return staff;
	}

	/** Thirty organisations and six households, each with a customer number and an address. */
	static List<Party> customers() {
		List<Party> customers = new ArrayList<>();
		int n = 0;
		for (String name : CUSTOMERS) {
			Organisation organisation = CORE.createOrganisation();
			organisation.setName(name);
			customers.add(customer(organisation, n++));
		}
		for (String[] name : HOUSEHOLDS) {
			Person person = CORE.createPerson();
			person.setGivenName(name[0]);
			person.setFamilyName(name[1]);
			customers.add(customer(person, n++));
		}
		return customers;
	}

	private static Party customer(Party party, int n) {
		String[] city = CITIES[n % CITIES.length];
		Address address = CORE.createAddress();
		address.setKind(AddressKind.SITE);
		address.setStreet(STREETS[n % STREETS.length] + " No. " + (10 + n * 7 % 190)); //$NON-NLS-1$
		address.setPostalCode(city[2] + String.format("%03d", 111 + n * 13 % 800)); //$NON-NLS-1$
		address.setCity(city[0]);
		address.setRegion(city[1]);
		address.setCountry("ID"); //$NON-NLS-1$
		party.getAddresses().add(address);
		party.setPhone(String.format("+62 22 %04d %04d", 4200 + n * 37 % 5000, 1000 + n * 91 % 9000)); //$NON-NLS-1$
		party.setEmail("facility." + slug(party) + "@example.co.id"); //$NON-NLS-1$ //$NON-NLS-2$
		CustomerRole role = CORE.createCustomerRole();
		role.setCustomerNumber(String.format("C-%04d", 1001 + n)); //$NON-NLS-1$
		party.getRoles().add(role);
		return party;
	}

	private static String slug(Party party) {
		String name = party instanceof Organisation o ? o.getName() : ((Person) party).getFamilyName();
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A licence kind and its validity in days from today (negative: expired; null: no end, as a diploma). */
	private record Licence(QualificationKind kind, Integer days) {
	}

	private static Licence licence(QualificationKind kind, Integer days) {
		return new Licence(kind, days);
	}

	private static Person technician(String given, String family, int n, LocalDate today, Licence... licences) {
		Person person = CORE.createPerson();
		person.setGivenName(given);
		person.setFamilyName(family);
		person.setPhone(String.format("+62 812 2%03d %04d", n * 41, 1000 + n * 733 % 9000)); //$NON-NLS-1$
		person.setEmail(given.toLowerCase(Locale.ROOT) + '.' + family.toLowerCase(Locale.ROOT) + "@servis.example.co.id"); //$NON-NLS-1$
		StaffRole staff = CORE.createStaffRole();
		staff.setFunction(StaffFunction.TECHNICIAN);
		staff.setStaffNumber(String.format("T-%03d", n)); //$NON-NLS-1$
		for (Licence licence : licences) {
			Qualification qualification = CORE.createQualification();
			qualification.setKind(licence.kind());
			qualification.setNumber(prefix(licence.kind()) + String.format("-%05d", 1200 + n * 97)); //$NON-NLS-1$
			qualification.setIssuer(issuer(licence.kind()));
			qualification.setValidFrom(today.minusYears(3).plusDays(n * 11L));
			qualification.setValidUntil(licence.days() == null ? null : today.plusDays(licence.days()));
			staff.getQualifications().add(qualification);
		}
		person.getRoles().add(staff);
		return person;
	}

	private static String prefix(QualificationKind kind) {
		return switch (kind) {
		case ELECTRICIAN -> "SKTTK"; //$NON-NLS-1$
		case HEATING_COOLING -> "BNSP-RAC"; //$NON-NLS-1$
		case REFRIGERATION -> "BNSP-REF"; //$NON-NLS-1$
		case GAS_FITTER -> "BNSP-GAS"; //$NON-NLS-1$
		case VOCATIONAL_DIPLOMA -> "SMK"; //$NON-NLS-1$
		case ENGINEERING_DEGREE -> "ST"; //$NON-NLS-1$
		default -> "Q"; //$NON-NLS-1$
		};
	}

	private static String issuer(QualificationKind kind) {
		return switch (kind) {
		case ELECTRICIAN -> "Kementerian ESDM"; //$NON-NLS-1$
		case VOCATIONAL_DIPLOMA -> "SMK Negeri 1 Bandung"; //$NON-NLS-1$
		case ENGINEERING_DEGREE -> "Institut Teknologi Bandung"; //$NON-NLS-1$
		default -> "BNSP"; //$NON-NLS-1$
		};
	}
}
