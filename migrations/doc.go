// Package migrations holds the store's SQL schema as numbered goose
// migrations, one folder per dialect (postgres/, sqlite/), embedded in the
// binary with go:embed.
//
// Both folders describe the same schema; they differ only where the dialects
// do (BIGINT[] and JSONB in PostgreSQL, JSON text and STRICT tables in
// SQLite). Every state column has a CHECK listing the states declared in
// agents/store, so a state the Go code does not know cannot be stored.
//
// Up runs them through an explicit goose.Provider built per call: no init(),
// no goose globals. To add a change, add NNNNN_name.sql with the next number
// to both folders, with "-- +goose Up" and "-- +goose Down" sections; never
// edit a migration that has been released.
package migrations
