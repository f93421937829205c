package model

import (
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Registry holds loaded models by digest. It is safe for concurrent use.
type Registry struct {
	mu     sync.RWMutex
	models map[common.Hash]*Model
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{models: map[common.Hash]*Model{}}
}

// Register adds m under its digest. A second model with the same digest is
// refused with ErrDuplicateModel.
func (r *Registry) Register(m *Model) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	d := m.Digest()
	if _, ok := r.models[d]; ok {
		return fmt.Errorf("register model %s: %w: %s", m.card.Name, ErrDuplicateModel, d.Hex())
	}
	r.models[d] = m
	return nil
}

// Get returns the model with the given digest, or ErrUnknownModel.
func (r *Registry) Get(digest common.Hash) (*Model, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	m, ok := r.models[digest]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownModel, digest.Hex())
	}
	return m, nil
}

// Close closes every registered model and empties the registry.
func (r *Registry) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var errs []error
	for d, m := range r.models {
		if err := m.Close(); err != nil {
			errs = append(errs, err)
		}
		delete(r.models, d)
	}
	return errors.Join(errs...)
}
