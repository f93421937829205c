package queue

import (
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// Sentinel errors. Test with errors.Is.
var (
	// ErrNotFound is returned for a sweep ID the database does not hold.
	ErrNotFound = errors.New("sweep not found")
	// ErrUnreachable wraps a failure to connect to the database.
	ErrUnreachable = errors.New("sweep queue database unreachable")
)

// translate maps pgx's errors to this package's, keeping the original.
func translate(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("%w (%w)", ErrNotFound, err)
	}
	return err
}
