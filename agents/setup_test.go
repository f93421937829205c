package agents_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
)

func TestLoadKey(t *testing.T) {
	key, _ := crypto.GenerateKey()
	hexKey := fmt.Sprintf("%x", crypto.FromECDSA(key))
	want := crypto.PubkeyToAddress(key.PublicKey)

	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: want, PrivateKey: key},
		"correct horse", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksPath := filepath.Join(t.TempDir(), "agent.json")
	if err := os.WriteFile(ksPath, ks, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("T_KEY", "0x"+hexKey)
	t.Setenv("T_BADKEY", "0xnothex")
	t.Setenv("T_PASS", "correct horse")
	t.Setenv("T_WRONG", "battery staple")

	cases := []struct {
		name    string
		key     config.Key
		wantErr string // empty: loads the key
	}{
		{name: "env", key: config.Key{Env: "T_KEY"}},
		{name: "keystore", key: config.Key{Keystore: ksPath, PasswordEnv: "T_PASS"}},
		{name: "env unset", key: config.Key{Env: "T_UNSET"}, wantErr: "T_UNSET is not set"},
		{name: "env not a key", key: config.Key{Env: "T_BADKEY"}, wantErr: "T_BADKEY does not hold"},
		{name: "wrong password", key: config.Key{Keystore: ksPath, PasswordEnv: "T_WRONG"}, wantErr: "decrypt"},
		{name: "password unset", key: config.Key{Keystore: ksPath, PasswordEnv: "T_NOPASS"}, wantErr: "T_NOPASS is not set"},
		{name: "keystore missing", key: config.Key{Keystore: ksPath + ".missing", PasswordEnv: "T_PASS"}, wantErr: "key.keystore"},
		{name: "nothing configured", key: config.Key{}, wantErr: "set key.env or key.keystore"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := agents.LoadKey(tc.key)
			if tc.wantErr == "" {
				if err != nil || crypto.PubkeyToAddress(got.PublicKey) != want {
					t.Fatalf("LoadKey = %v, %v; want the key of %s", got, err, want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
			}
			if strings.Contains(err.Error(), hexKey) || strings.Contains(err.Error(), "correct horse") {
				t.Fatalf("error leaks a secret: %v", err)
			}
		})
	}
}
