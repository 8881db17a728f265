package com.example.techserv.diagnostics.internal;

/**
 * What to set on the load bank for the load test: 80 % of the set's rated power, and the line current a three-phase
 * set then delivers.
 *
 * @param loadKilowatts the resistive load to apply
 * @param lineAmperes   the current per phase at that load
 */
record LoadBankSetting(double loadKilowatts, double lineAmperes) {

	static final double TEST_SHARE = 0.8;

	/**
	 * @param ratedKva     the set's rating plate, in kVA
	 * @param powerFactor  the rating's power factor (0.8 for most sets)
	 * @param lineVolts    the voltage between phases (400 V)
	 */
	static LoadBankSetting of(double ratedKva, double powerFactor, double lineVolts) {
		if (ratedKva <= 0 || powerFactor <= 0 || powerFactor > 1 || lineVolts <= 0) {
			throw new IllegalArgumentException();
		}
		double kilowatts = ratedKva * powerFactor * TEST_SHARE;
		double amperes = kilowatts * 1000 / (Math.sqrt(3) * lineVolts * powerFactor);
		return new LoadBankSetting(kilowatts, amperes);
	}
}
