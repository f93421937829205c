package sqlitestore

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// checkpointEvery is how often the checkpointer moves the WAL into the
// database file.
const checkpointEvery = time.Second

// checkpointer moves the write-ahead log into the database file from its
// own connection, every checkpointEvery, instead of SQLite's default: the
// commit that takes the WAL past 1,000 pages checkpoints it on the spot.
// That commit is a tick's (a decision, a transition), and the agents of a
// process, writing at the same pace, all reach it in the same few blocks:
// tens of milliseconds on one tick of each, at once. A PASSIVE checkpoint
// runs beside the writer (WAL mode) and never waits for it; the writer
// starts the log afresh once everything in it has been checkpointed.
type checkpointer struct {
	db     *sql.DB
	cancel context.CancelFunc
	done   chan struct{}
	runs   atomic.Int64 // checkpoints run, for tests

	stopOnce sync.Once
	stopErr  error
}

func startCheckpointer(path string) (*checkpointer, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, fmt.Errorf("checkpointer: %w", err)
	}
	db.SetMaxOpenConns(1)
	ctx, cancel := context.WithCancel(context.Background())
	c := &checkpointer{db: db, cancel: cancel, done: make(chan struct{})}
	go c.run(ctx)
	return c, nil
}

func (c *checkpointer) run(ctx context.Context) {
	defer close(c.done)
	t := time.NewTicker(checkpointEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			// A failure (the file busy with another process's checkpoint)
			// is retried at the next tick.
			if _, err := c.db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)"); err == nil {
				c.runs.Add(1)
			}
		}
	}
}

// stop ends the loop and checkpoints what is left, emptying the log. It is
// idempotent.
func (c *checkpointer) stop() error {
	c.stopOnce.Do(func() { c.stopErr = c.last() })
	return c.stopErr
}

func (c *checkpointer) last() error {
	c.cancel()
	<-c.done
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := c.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	if err != nil {
		err = fmt.Errorf("sqlitestore: last checkpoint: %w", err)
	}
	if cerr := c.db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	return err
}
