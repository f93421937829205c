package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestStartupMistakes guards issue 9: each mistake that used to pass
// start-up and then refuse every tick now fails `steward check` and
// `steward run` before the first tick, naming the problem, and sends
// nothing. One devnet serves every case; each case edits the config the
// devnet wrote.
func TestStartupMistakes(t *testing.T) {
	onnxtest.Runtime(t) // skip cleanly when ONNX Runtime is absent
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, _, dir := startTestDevnet(t, ctx)
	written, err := os.ReadFile(d.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	dep := d.Chain.Deployment()

	// A key the registry knows, but for another model only.
	otherModel, _ := crypto.GenerateKey()
	t.Setenv("STEWARD_OTHER_MODEL_KEY", fmt.Sprintf("%x", crypto.FromECDSA(otherModel)))
	if err := d.Chain.Authorize(ctx, crypto.PubkeyToAddress(otherModel.PublicKey), common.HexToHash("0x5eed")); err != nil {
		t.Fatal(err)
	}
	// A key the registry has never heard of.
	stranger, _ := crypto.GenerateKey()
	t.Setenv("STEWARD_STRANGER_KEY", fmt.Sprintf("%x", crypto.FromECDSA(stranger)))

	cases := []struct {
		name     string
		old, new string   // one edit of the written config
		want     []string // in the error of both commands
	}{
		{name: "policy names a field the strategy does not provide",
			old: "action.width >= 60", new: "action.widht >= 60",
			want: []string{"policies", "action.widht", "width-bounds", "tickLower"}},
		{name: "model digest not authorised for the agent",
			old: "env: STEWARD_AGENT_KEY", new: "env: STEWARD_OTHER_MODEL_KEY",
			want: []string{"registry", "is not authorised for agent " + crypto.PubkeyToAddress(otherModel.PublicKey).Hex(), "model.card"}},
		{name: "agent key unknown to the registry",
			old: "env: STEWARD_AGENT_KEY", new: "env: STEWARD_STRANGER_KEY",
			want: []string{"registry", "agent key " + crypto.PubkeyToAddress(stranger.PublicKey).Hex() + " is not known", "key.env"}},
		{name: "guard holds no bounds for the target",
			old: `vault: "` + dep.Vault.Hex() + `"`, new: `vault: "` + dep.Token0.Hex() + `"`,
			want: []string{"guard", "has no bounds for (" + dep.Token0.Hex() + ", tickLower)", "setBounds"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !bytes.Contains(written, []byte(c.old)) {
				t.Fatalf("the written config has no %q", c.old)
			}
			cfg := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".yaml")
			if err := os.WriteFile(cfg, bytes.Replace(written, []byte(c.old), []byte(c.new), 1), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, cmd := range [][]string{{"check", "-c", cfg}, {"run", "-c", cfg, "--blocks", "3"}} {
				var out bytes.Buffer
				code := run(ctx, cmd, &out, &out)
				for _, w := range append([]string{"start-up checks failed"}, c.want...) {
					if code != 1 || !strings.Contains(out.String(), w) {
						t.Fatalf("steward %s exited %d:\n%s\nwant exit 1 and %q", cmd[0], code, out.String(), w)
					}
				}
				if strings.Contains(out.String(), "block ") {
					t.Fatalf("steward %s ticked despite the failed check:\n%s", cmd[0], out.String())
				}
			}
		})
	}

	// The config as written passes every check.
	var out bytes.Buffer
	if code := run(ctx, []string{"check", "-c", d.ConfigPath}, &out, &out); code != 0 || !strings.Contains(out.String(), "all checks passed") {
		t.Fatalf("steward check of the written config exited %d:\n%s", code, out.String())
	}
	for _, w := range []string{"ok   registry", "ok   guard", "tickUpper", "ok   policies"} {
		if !strings.Contains(out.String(), w) {
			t.Fatalf("steward check output lacks %q:\n%s", w, out.String())
		}
	}
}
