-- How far each subscription's issues are stored (the last date predicted, whatever its end date), so that opening
-- the Serials Check-in view reads only the subscriptions that still need predicting instead of every issue.
-- NULL: never predicted, or the pattern, start or end changed since.
ALTER TABLE SERIAL_SUBSCRIPTION ADD COLUMN PREDICTED_THROUGH DATE;
