// Package train fits the market-making range model and ships it as an ONNX
// file with its model card.
//
// The model forecasts, from marketmaking.Features of the last Window ticks,
// marketmaking.Target: the largest |tick move| over the next Horizon ticks.
// Samples are taken at every minute of a tick series with a full window
// before and a full horizon after. The split is chronological: the first 80%
// train, the last 20% validate, and the Horizon training samples just before
// the split are purged because their targets look into the validation period.
//
// The network is tiny (5 → 8 ReLU → 1), fitted by full-batch Adam on a Huber
// loss over standardised inputs and target, in float64, from a fixed seed.
// The number of epochs is chosen by early stopping on an inner split of the
// training samples (split and purged the same way), then the network is
// retrained on all training samples for that many epochs; the validation
// samples are used for nothing but the reported error. The standardisation
// is folded into the first and last layers, so the exported model takes raw
// features and returns ticks. Errors are measured on the exported float32
// network, next to a naive baseline c·vol30·√Horizon whose c is fitted on the
// training samples.
//
// Everything is deterministic: the same ticks and Params give the same model
// bytes, digest and card (Go does not fuse multiply-adds on amd64, so float64
// arithmetic is reproducible there). The shipped configs/models/mm-range-v1
// files are checked against a fresh run by TestShippedModelIsReproducible;
// STEWARD_UPDATE_MODELS=1 on that test rewrites them.
package train
