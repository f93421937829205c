package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress shows how far a long command is (backtest, record, sweep): a
// bar redrawn in place on a terminal; otherwise a line every 10 %, at least
// every 30 s, and at the end.
type progress struct {
	w          io.Writer
	unit       string // what is counted: "blocks", "configurations"
	tty        bool
	start      time.Time
	shown      int       // last tenth printed (not a terminal)
	last, drew time.Time // last line printed; last bar drawn
}

func newProgress(w io.Writer, unit string) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	now := time.Now()
	return &progress{w: w, unit: unit, tty: tty, start: now, last: now, shown: -1}
}

// update reports done of total.
func (p *progress) update(done, total int) { p.note(done, total, "") }

// note reports done of total with a note after the count ("(2 failed)").
func (p *progress) note(done, total int, note string) {
	elapsed := time.Since(p.start)
	rate := float64(done) / max(elapsed.Seconds(), 1e-9)
	eta := time.Duration(float64(total-done) / max(rate, 1e-9) * float64(time.Second)).Round(time.Second)
	count := fmt.Sprintf("%d/%d %s", done, total, p.unit)
	if note != "" {
		count += " " + note
	}
	if p.tty {
		if done < total && time.Since(p.drew) < 100*time.Millisecond {
			return
		}
		p.drew = time.Now()
		const width = 30
		fill := width * done / max(total, 1)
		fmt.Fprintf(p.w, "\r[%s%s] %s  %.1f/s  ETA %s ", strings.Repeat("=", fill), strings.Repeat(" ", width-fill), count, rate, eta)
		return
	}
	if tenth := 10 * done / max(total, 1); tenth > p.shown || time.Since(p.last) >= 30*time.Second || done == total {
		if tenth == p.shown && done == total {
			return // the 100 % line is printed once
		}
		p.shown, p.last = tenth, time.Now()
		fmt.Fprintf(p.w, "  %3d%%  %s  %.1f/s  ETA %s\n", 10*tenth, count, rate, eta)
	}
}

// done ends the bar's line on a terminal.
func (p *progress) done() {
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
