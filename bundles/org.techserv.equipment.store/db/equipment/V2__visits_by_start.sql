-- The dispatch board reads a week of visits of everyone at once.
CREATE INDEX IX_VISIT_START ON EQUIPMENT_VISIT (START_AT, END_AT);
