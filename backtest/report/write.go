package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// File names WriteDir writes.
const (
	SummaryFile = "summary.json"
	HTMLFile    = "report.html"
)

// WriteDir writes summary.json and report.html into dir, creating it if
// missing. Both are rendered before either is written, so an invalid run
// or a rendering error leaves dir as it was; each file is written to a
// temporary name and renamed, so a reader never sees half a file.
func WriteDir(dir string, r Run) error {
	return writeDir(dir, func(w io.Writer) error { return WriteSummary(w, r) }, func(w io.Writer) error { return WriteHTML(w, r) })
}

// writeDir renders summary.json and report.html with the writers, then
// writes both into dir, as WriteDir documents.
func writeDir(dir string, summaryJSON, reportHTML func(io.Writer) error) error {
	var summary, html bytes.Buffer
	if err := summaryJSON(&summary); err != nil {
		return err
	}
	if err := reportHTML(&html); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: create output directory: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, SummaryFile), summary.Bytes()); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, HTMLFile), html.Bytes())
}

func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("report: write %s: %w", path, err)
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := firstErr(werr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("report: write %s: %w", path, err)
	}
	// CreateTemp makes the file 0600; the report is meant to be shared.
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("report: write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("report: write %s: %w", path, err)
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
