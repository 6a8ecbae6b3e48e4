# asume we have some training data and labels
train_data = ...
train_labels = ...

# Compile the model
model.compile(optimizer='adam',
              loss='categorical_crossentropy'
              metrics=['accuracy'])

# fit the model

model.fit(train_data, train_labels, epochs=10, batch_size=32)
