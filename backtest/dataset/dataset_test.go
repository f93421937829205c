package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The embedded copy holds the closes of 2024-01-05, and where the shared
// data folder is present it equals the shared file's closeTick column.
func TestEmbeddedMinuteTicks(t *testing.T) {
	ticks, err := EmbeddedMinuteTicks()
	if err != nil {
		t.Fatal(err)
	}
	// One bar per minute of 2024-01-05; first and last closes from the file.
	if len(ticks) != 1440 {
		t.Fatalf("%d ticks, want 1440", len(ticks))
	}
	if ticks[0] != 199045 || ticks[len(ticks)-1] != 199047 {
		t.Fatalf("first/last tick = %d/%d, want 199045/199047", ticks[0], ticks[len(ticks)-1])
	}
	dir, ok := FindSharedDir()
	if !ok {
		t.Logf("shared data folder not found (%s unset): the copy is checked on its own", SharedDataEnv)
		return
	}
	shared, err := LoadMinuteTicks(DefaultMinuteFile(dir))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(shared, ticks) {
		t.Fatal("the embedded closes differ from the shared file's closeTick column")
	}
}

func TestLoadMinuteTicksBadRows(t *testing.T) {
	const header = "timestamp,netAmount0,closeTick,openTick\n"
	cases := []struct {
		name     string
		body     string
		wantErr  error
		wantText string
	}{
		{name: "fraction", body: header + "t,1,199045.0,1\nt,1,199045.5,1\n", wantErr: ErrBadRow, wantText: "line 3, column 3 (closeTick)"},
		{name: "not a number", body: header + "t,1,abc,1\n", wantErr: ErrBadRow, wantText: "line 2, column 3"},
		{name: "beyond int32", body: header + "t,1,3000000000.0,1\n", wantErr: ErrBadRow, wantText: "line 2, column 3"},
		{name: "NaN", body: header + "t,1,NaN,1\n", wantErr: ErrBadRow, wantText: "line 2"},
		{name: "short row", body: header + "t,1,199045.0,1\nt,1\n", wantErr: ErrBadRow, wantText: "line 3"},
		{name: "no closeTick column", body: "timestamp,openTick\nt,1\n", wantErr: ErrBadRow, wantText: "closeTick"},
		{name: "header only", body: header, wantErr: ErrNoData},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "m.csv")
			if err := os.WriteFile(path, []byte(tc.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadMinuteTicks(path)
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.wantText) {
				t.Fatalf("err = %v, want %v mentioning %q", err, tc.wantErr, tc.wantText)
			}
		})
	}
	if _, err := LoadMinuteTicks(filepath.Join(t.TempDir(), "none.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: err = %v", err)
	}
}

func TestLoadMinuteTicksIntegerTicks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.csv")
	if err := os.WriteFile(path, []byte("closeTick\n-5\n7.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := LoadMinuteTicks(path)
	if err != nil || !slices.Equal(got, []int32{-5, 7}) {
		t.Fatalf("LoadMinuteTicks = %v, %v; want [-5 7]", got, err)
	}
}

func TestFindSharedDirHonoursEnv(t *testing.T) {
	d := t.TempDir()
	t.Setenv(SharedDataEnv, d)
	if got, ok := FindSharedDir(); !ok || got != d {
		t.Fatalf("FindSharedDir = %q, %v; want %q, true", got, ok, d)
	}
	t.Setenv(SharedDataEnv, filepath.Join(d, "missing"))
	if _, ok := FindSharedDir(); ok {
		t.Fatal("a missing folder was reported as found")
	}
}

func TestRandomWalkIsDeterministic(t *testing.T) {
	a := RandomWalk(42, 500, 199000, 3)
	if !slices.Equal(a, RandomWalk(42, 500, 199000, 3)) {
		t.Fatal("same seed gave different walks")
	}
	if slices.Equal(a, RandomWalk(43, 500, 199000, 3)) {
		t.Fatal("different seeds gave the same walk")
	}
	if a[0] != 199000 || len(a) != 500 {
		t.Fatalf("walk starts at %d with %d ticks", a[0], len(a))
	}
	moved := 0
	for i := 1; i < len(a); i++ {
		if a[i] != a[i-1] {
			moved++
		}
	}
	if moved < 400 {
		t.Fatalf("only %d of 499 steps moved at stepStd 3", moved)
	}
}
