-- Librarian review (org.techserv.library.store, package review): catalogue records and binding batches a
-- technician submits, and the librarian's decision. One row per submission, so a subject returned and submitted
-- again keeps its earlier rounds; the subject's newest row is its current state.
-- SUBJECT_KIND: RECORD (LIBRARY_RECORD) or BINDING_BATCH (BINDING_BATCH, in the serials bundle's tables): no
-- foreign key, as the subject may live in another module's table. SUBJECT_LABEL: what the subject was called
-- when submitted (title, bindery), for the queue and for messages.
-- SUBMITTED_BY / DECIDED_BY: staff people (CORE_PARTY).
CREATE TABLE LIBRARY_REVIEW (
  ID BIGINT NOT NULL PRIMARY KEY,
  SUBJECT_KIND VARCHAR(20) NOT NULL,
  SUBJECT_ID BIGINT NOT NULL,
  SUBJECT_LABEL VARCHAR(400),
  STATUS VARCHAR(20) NOT NULL,
  SUBMITTED_BY BIGINT NOT NULL REFERENCES CORE_PARTY (ID),
  SUBMITTED_AT TIMESTAMP NOT NULL,
  DECIDED_BY BIGINT REFERENCES CORE_PARTY (ID),
  DECIDED_AT TIMESTAMP,
  REVIEW_COMMENT VARCHAR(2000),
  CONSTRAINT CK_REVIEW_KIND CHECK (SUBJECT_KIND IN ('RECORD', 'BINDING_BATCH')),
  CONSTRAINT CK_REVIEW_STATUS CHECK (STATUS IN ('PENDING', 'APPROVED', 'RETURNED'))
);
CREATE INDEX IX_REVIEW_SUBJECT ON LIBRARY_REVIEW (SUBJECT_KIND, SUBJECT_ID, ID);
CREATE INDEX IX_REVIEW_STATUS ON LIBRARY_REVIEW (STATUS, SUBMITTED_AT);
