package model

import "errors"

// Sentinel errors of this package.
var (
	// ErrInvalidCard is returned when a card is malformed or incomplete; the
	// message names the field.
	ErrInvalidCard = errors.New("invalid model card")
	// ErrDigestMismatch is returned when a model file's keccak256 differs
	// from its card's digest; the message names both.
	ErrDigestMismatch = errors.New("model digest does not match its card")
	// ErrCardMismatch is returned when the ONNX graph's declared inputs or
	// outputs differ from the card; the message names the card field.
	ErrCardMismatch = errors.New("model graph does not match its card")
	// ErrInputSize is returned when Infer gets a different number of inputs
	// than the card declares.
	ErrInputSize = errors.New("wrong number of model inputs")
	// ErrUnknownModel is returned when the registry holds no model with the
	// requested digest.
	ErrUnknownModel = errors.New("unknown model")
	// ErrDuplicateModel is returned when a model with the same digest is
	// registered twice.
	ErrDuplicateModel = errors.New("model already registered")
)
