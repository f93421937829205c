package governance

import "errors"

// ErrFeaturesDiffer is Deriver's error when the published features are not
// those the proposal's ProposalCreated log gives: the score was computed on
// another proposal's vector, or on a doctored one.
var ErrFeaturesDiffer = errors.New("the published features differ from the proposal's")
