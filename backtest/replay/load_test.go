package replay

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBadFiles checks that a damaged recording is refused with a
// *FileError naming the file and, where there is one, the field.
func TestLoadBadFiles(t *testing.T) {
	// 1150000 has contract code, storage and a legacy transaction.
	const base = "1150000"
	tests := []struct {
		name      string
		file      string
		damage    func(t *testing.T, raw []byte) []byte // nil removes the file
		wantField string
		wantErr   error
	}{{
		name:    "block file not gzip",
		file:    BlockFile,
		damage:  func(*testing.T, []byte) []byte { return []byte("this file is not a gzip stream") },
		wantErr: gzip.ErrHeader,
	}, {
		name:    "pre-state missing",
		file:    PreStateFile,
		wantErr: os.ErrNotExist,
	}, {
		name: "transaction value altered",
		file: BlockFile,
		damage: editJSON(func(m map[string]any) {
			tx := m["transactions"].([]any)[2].(map[string]any)
			tx["value"] = tx["value"].(string) + "0"
		}),
		wantField: "transactions[2]",
		wantErr:   ErrHashMismatch,
	}, {
		name:      "header gas used altered",
		file:      BlockFile,
		damage:    editJSON(func(m map[string]any) { m["gasUsed"] = "0x1" }),
		wantField: "hash",
		wantErr:   ErrHashMismatch,
	}, {
		// revm pads analysed code; trimming to the wrong length must be
		// caught by the code hash, not surface as a gas mismatch later.
		name: "bytecode length altered",
		file: PreStateFile,
		damage: editJSON(func(m map[string]any) {
			for _, acc := range m {
				if code, ok := acc.(map[string]any)["code"].(map[string]any); ok {
					code["original_len"] = code["original_len"].(float64) - 1
					return
				}
			}
		}),
		wantField: "0x",
		wantErr:   ErrHashMismatch,
	}, {
		name: "storage value not hex",
		file: PreStateFile,
		damage: editJSON(func(m map[string]any) {
			for _, acc := range m {
				if st, ok := acc.(map[string]any)["storage"].(map[string]any); ok && len(st) > 0 {
					for k := range st {
						st[k] = "0xzz"
						return
					}
				}
			}
		}),
		wantField: "0x",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(testdataBlocks, base)
			for _, name := range []string{BlockFile, PreStateFile} {
				copyFile(t, filepath.Join(src, name), filepath.Join(dir, name))
			}
			path := filepath.Join(dir, tt.file)
			if tt.damage == nil {
				if err := os.Remove(path); err != nil {
					t.Fatal(err)
				}
			} else {
				raw, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, tt.damage(t, raw), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Load(dir)
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("Load: want *FileError, got %v", err)
			}
			if fe.Path != path {
				t.Errorf("error names %s, want %s: %v", fe.Path, path, err)
			}
			if !strings.Contains(err.Error(), tt.file) {
				t.Errorf("error %q does not name %s", err, tt.file)
			}
			if !strings.HasPrefix(fe.Field, tt.wantField) {
				t.Errorf("error names field %q, want prefix %q: %v", fe.Field, tt.wantField, err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v does not wrap %v", err, tt.wantErr)
			}
		})
	}
}

// editJSON returns a damage function that gunzips a recorded file,
// applies edit to its JSON object and gzips it again.
func editJSON(edit func(map[string]any)) func(*testing.T, []byte) []byte {
	return func(t *testing.T, raw []byte) []byte {
		t.Helper()
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(plain, &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		if plain, err = json.Marshal(m); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		if _, err := zw.Write(plain); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
}
