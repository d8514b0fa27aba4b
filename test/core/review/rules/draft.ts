// A short evaluation draft that trips every registered rule at least once.
export const DRAFT = [
  'EVALUATION AGREEMENT',
  'This Evaluation Agreement is made between Acme Batteries Inc. ("Provider") and Nordlys Motors AB ("Evaluator").',
  '1. Provider grants Evaluator an exclusive licence to test the cells.',
  '2. Evaluator shall not test the Samples outside the Territory or in China except for the sale of modules.',
  '3. All Results and Improvements shall be jointly owned by the parties.',
  '4. Upon termination, Evaluator shall return or destroy all Samples and Confidential Information of Provider.',
  '5. The obligations of the parties under this Agreement shall survive any termination hereof.',
  '6. Evaluator may use Residuals retained in the unaided memory of its employees.',
  '7. Evaluator shall own all modifications to the Samples. Evaluator shall not modify the Samples without the prior written consent of Evaluator.',
  '8. Provider grants Evaluator a perpetual, irrevocable licence to use the Samples.',
  '9. Evaluator may retain the Samples after the evaluation. Evaluator may publish the test results in scientific journals.',
  '10. Evaluator shall use its best efforts and/or reasonable efforts to promptly report any material defect under Section 14. Cells damaged in testing shall be replaced at no charge.',
  '11. Evaluator shall follow the Test Protocol and send each report under the Test Protocol to Provider, following the protocol for each cell.',
  '12. "Field" means stationary energy storage. "Samples" means the battery cells listed in the order.',
  '13. "Samples" means the cells delivered under this Agreement. This Agreement shall be governed by the laws of Singapore. Nothing in this Agreement grants Provider any licence under the intellectual property rights of Evaluator.',
].join('\n');
