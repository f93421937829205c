-- Deep reorgs (issue 14): a decision confirmed when its bundle was mined
-- goes to 'orphaned' when a reorg takes that block off the chain, and on
-- to confirmed or failed when the re-broadcast bundle is mined again
-- (agents/store/doc.go). migrations/sqlite/00006_orphaned_decisions.sql is
-- the same change for SQLite; keep the two in step.

-- +goose Up
ALTER TABLE decisions DROP CONSTRAINT decisions_state_check;
ALTER TABLE decisions ADD CONSTRAINT decisions_state_check CHECK (state IN ('proposed', 'held', 'rejected', 'approved',
                                 'recorded', 'submitted', 'confirmed', 'failed', 'orphaned'));

-- +goose Down
-- An orphaned decision cannot be written under the old constraint: it goes
-- back to confirmed, the state it left (its reason says what happened).
UPDATE decisions SET state = 'confirmed' WHERE state = 'orphaned';
ALTER TABLE decisions DROP CONSTRAINT decisions_state_check;
ALTER TABLE decisions ADD CONSTRAINT decisions_state_check CHECK (state IN ('proposed', 'held', 'rejected', 'approved',
                                 'recorded', 'submitted', 'confirmed', 'failed'));
